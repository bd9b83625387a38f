'use strict';
/*
 * Media (video uploads): list, register (POST /media hands out the upload target and its form
 * fields, see upload.js), get. After the upload, the mediaProcessingPolls-th GET ends processing.
 */
const { paginate } = require('../pagination');
const { ApiError, MSG, bad, checkPathId, requireObjectBody } = require('../params');

module.exports = function mediaRoutes(core) {
	const { opts, sim, store, render } = core;

	return {
		'media/list': (c) => ({
			status: 200,
			body: paginate(c.query, 'media', store.sorted(sim.state.media), render.renderMediaItem),
		}),
		'media/create': (c) => {
			const body = requireObjectBody(c.body);
			if (body.media_type !== 'video') {
				throw bad(`Field 'media_type' is required and must be 'video' (was ${body.media_type}).`);
			}
			const m = store.insertMedia();
			return {
				status: 201,
				body: {
					media_id: m.media_id,
					media_type: m.media_type,
					upload_url: `${sim.origin}/__upload/${m.media_id}`,
					upload_parameters: { ...m._params },
				},
			};
		},
		'media/get': (c) => {
			checkPathId(c.params.media_id, 'media_id');
			const m = sim.state.media[c.params.media_id];
			if (!m) throw new ApiError(404, 404, MSG.media);
			if (m._uploaded && m.status === 'processing') {
				m._polls += 1;
				if (m._polls >= opts.mediaProcessingPolls) m.status = store.processedStatus(m.media_id);
			}
			return { status: 200, body: render.renderMediaItem(m) };
		},
	};
};
