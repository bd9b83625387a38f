'use strict';
/*
 * Async reports of the ads extension: POST /ad_accounts/<id>/reports answers a token, GET with the
 * token is IN_PROGRESS until the reportPolls-th poll, then FINISHED with a download URL under
 * /__ads_reports/ (JSON keyed by campaign, the default, or CSV; gzip with options.reportGzip, cut short with
 * 'corrupt'). The download needs no token and records whether one was sent.
 */
const zlib = require('zlib');

const { ApiError } = require('../params');

const REQUIRED = ['start_date', 'end_date', 'granularity', 'level', 'columns'];

/** `state()` gives the current records of the extension; `id()` the next id. */
function createReports(sim, opts, { counters, id, state }) {
	function reportFile(report) {
		const rows =
			opts.reportRows ||
			state()
				.campaigns.filter((c) => c.ad_account_id === report.accountId)
				.map((c, i) => ({
					CAMPAIGN_ID: c.id,
					CAMPAIGN_NAME: c.name,
					DATE: report.body.start_date,
					SPEND_IN_DOLLAR: 10 + i,
					PAID_IMPRESSION: 1000 * (i + 1),
				}));
		// JSON unless CSV was asked for: the spec's default, and what live downloads of reports
		// created without a format hold (REAL-API.md, "Reports").
		if (report.body.report_format !== 'CSV') {
			const byId = {};
			for (const row of rows) (byId[row.CAMPAIGN_ID] = byId[row.CAMPAIGN_ID] || []).push(row);
			return { type: 'application/json', data: JSON.stringify(byId) };
		}
		const columns = rows.length ? Object.keys(rows[0]) : ['CAMPAIGN_ID'];
		const cell = (v) =>
			/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
		const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
		return { type: 'text/csv', data: lines.join('\n') + '\n' };
	}

	/** The file as downloaded: gzip-compressed bytes with reportGzip (Pinterest may send either). */
	function servedReportFile(report) {
		const file = reportFile(report);
		if (!opts.reportGzip) return file;
		const gz = zlib.gzipSync(Buffer.from(file.data, 'utf8'));
		const data = opts.reportGzip === 'corrupt' ? gz.subarray(0, gz.length - 12) : gz;
		return { type: 'application/octet-stream', data };
	}

	/** POST /ad_accounts/<id>/reports (the account is checked by the caller). */
	function create(accountId, c) {
		const b = c.body || {};
		for (const f of REQUIRED)
			if (b[f] === undefined) throw new ApiError(400, 1, `${f} is required.`);
		if (Object.keys(c.query).length) {
			throw new ApiError(400, 1, 'This endpoint does not support URL query parameters.');
		}
		const token = `rpt-${id()}`;
		state().reports[token] = { accountId, body: b, polls: 0 };
		return { report_status: 'IN_PROGRESS', token, message: null };
	}

	/** GET /ad_accounts/<id>/reports?token=... */
	function poll(accountId, c) {
		const report = state().reports[c.query.token];
		if (!report || report.accountId !== accountId) {
			return { report_status: 'DOES_NOT_EXIST', url: null, size: null };
		}
		report.polls += 1;
		counters.reportPolls += 1;
		if (report.polls < opts.reportPolls)
			return { report_status: 'IN_PROGRESS', url: null, size: null };
		const file = servedReportFile(report);
		return {
			report_status: 'FINISHED',
			url: `${sim.origin}/__ads_reports/${c.query.token}`,
			size: Buffer.byteLength(file.data),
		};
	}

	/** Serves report files (the download URL Pinterest hands out); true when it answered. */
	function serve(req, res, pathname) {
		const reportMatch = /^\/__ads_reports\/(rpt-\d+)$/.exec(pathname);
		if (!reportMatch || req.method !== 'GET') return false;
		req.resume();
		const report = state().reports[reportMatch[1]];
		if (!report) {
			res.writeHead(404);
			res.end();
			return true;
		}
		counters.downloads += 1;
		const file = servedReportFile(report);
		const sawAuthorization = req.headers.authorization ? 'yes' : 'no';
		res.writeHead(200, { 'content-type': file.type, 'x-saw-authorization': sawAuthorization });
		res.end(file.data);
		report.downloadAuthorization = req.headers.authorization || null;
		return true;
	}

	return { create, poll, serve };
}

module.exports = { createReports };
