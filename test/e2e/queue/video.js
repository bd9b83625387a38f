'use strict';
/*
 * Queue case 6: a large video pin from a worker. Webhook -> HTTP Request downloads the video
 * (as a binary file) -> Pin Create (Video, Binary File): register media, multipart upload,
 * wait for processing, create.
 *
 * Binary data mode: n8n 2.41 in queue mode defaults to "database" (n8n-core BinaryDataConfig:
 * mode = queue ? 'database' : 'filesystem'); n8n's docs say filesystem mode is not supported in
 * queue mode (main and workers do not share a disk), and s3/azure need an enterprise licence.
 * "database" keeps each file as a bytea row in Postgres, at most N8N_BINARY_DATA_DATABASE_MAX_FILE_SIZE
 * MiB (default 512, at most 1024), and reads it back as one Buffer: the worker holds the whole
 * file in memory at least once, whatever the node does. Measured here: the worker's peak RSS.
 */
const assert = require('assert/strict');
const fs = require('fs');
const { sleep } = require('../../../scripts/lib/n8n-cli');
const { NODE_TYPE, uuid, byId } = require('../scenarios/common');
const { SIZE, credRef, callWebhook, waitForEnded, executionWorkers, pinsOn } = require('./common');

const WF = 'qVideo01';

function videoWorkflow(sim, boardId, bytes) {
	const nodes = [
		{
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			webhookId: uuid(),
			parameters: { httpMethod: 'POST', path: 'q-video', responseMode: 'onReceived', options: {} },
		},
		{
			name: 'Download video',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				url: `${sim.origin}/__video/${bytes}.mp4`,
				options: { response: { response: { responseFormat: 'file', outputPropertyName: 'data' } } },
			},
		},
		{
			name: 'Create pin',
			type: NODE_TYPE,
			typeVersion: 1,
			parameters: {
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'create',
				board: byId(boardId),
				mediaSource: 'videoBinary',
				binaryPropertyName: 'data',
				coverImageSource: 'url',
				coverImageUrl: 'https://example.com/cover.jpg',
				maxWaitSeconds: 120,
				title: 'queue video pin',
			},
			credentials: credRef('accessToken'),
		},
	].map((n, i) => ({ id: uuid(), position: [i * 220, 0], ...n }));
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++)
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return {
		id: WF,
		name: WF,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections,
	};
}

/** VmRSS and VmHWM (peak) of a process, in MiB. */
function memOf(pid) {
	try {
		const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (k) => Number((s.match(new RegExp(`${k}:\\s+(\\d+)`)) || [])[1] || 0);
		return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
	} catch {
		return { rss: 0, hwm: 0 };
	}
}

function videoCase() {
	const bytes = SIZE.videoMb * 1024 * 1024;
	const ctx = {};
	return {
		name: `${SIZE.videoMb} MB video pin from a worker (binary data mode "database"), worker memory measured`,
		prepare({ sim }) {
			ctx.board = sim.addBoard({ name: 'queue video' });
			return [videoWorkflow(sim, ctx.board.id, bytes)];
		},
		publish: [WF],
		async run({ cluster, infra, sim }) {
			const pids = cluster.started.map((s) => s.child.pid);
			const base = pids.map((pid) => memOf(pid));
			const peak = base.map((m) => m.rss);
			let done = false;
			const sampler = (async () => {
				while (!done) {
					pids.forEach((pid, i) => (peak[i] = Math.max(peak[i], memOf(pid).rss)));
					await sleep(200);
				}
			})();
			const t0 = Date.now();
			let execs;
			try {
				await callWebhook(cluster, 'q-video', 1);
				execs = await waitForEnded(infra.pg, WF, 1, { timeoutMs: 600000 });
			} finally {
				done = true;
				await sampler;
			}
			const ms = Date.now() - t0;
			assert.equal(
				execs[0].status,
				'success',
				`the video execution succeeded (${execs[0].status})`,
			);
			const w = (executionWorkers(cluster).get(execs[0].id) || [])[0];
			assert.ok(w !== undefined, 'it ran on a worker');
			const up = sim.requests.filter((r) => r.path.startsWith('/__upload/'));
			assert.equal(up.length, 1, 'one upload');
			assert.equal(up[0].body && up[0].body.fileBytes, bytes, 'every byte uploaded');
			const pins = pinsOn(sim, ctx.board.id);
			assert.equal(pins.length, 1);
			const [[stored]] = await infra.pg.query(
				'SELECT coalesce(max("fileSize"), 0) FROM binary_data',
			);
			const hwm = memOf(pids[w]).hwm;
			const growth = peak[w] - base[w].rss;
			assert.ok(
				growth < 6 * SIZE.videoMb + 300,
				`worker growth ${growth.toFixed(0)} MiB is bounded`,
			);
			return `worker ${w + 1}: RSS ${base[w].rss.toFixed(0)} -> peak ${peak[w].toFixed(0)} MiB (+${growth.toFixed(0)} MiB, VmHWM ${hwm.toFixed(0)} MiB) for a ${SIZE.videoMb} MiB file; binary_data row ${(Number(stored) / 1048576).toFixed(0)} MiB in Postgres; ${(ms / 1000).toFixed(0)} s`;
		},
	};
}

module.exports = { videoCase };
