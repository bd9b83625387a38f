import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idList, resolveAdsId } from './adsResolve';
import { reportRows } from './csv';
import { attributionValues, columnList, reportRules } from './adsAnalytics';
import { adsRanges, resolveDateWindow } from './dateWindow';
import { pinterestApiRequest } from '../transport';
import { wait } from '../transport/retry';

// Async reports (analytics/create_report → analytics/get_report → the file at `url`).
// The file is not a Pinterest API call: it is fetched with n8n's plain httpRequest, without
// the Pinterest credential. The link is valid for five minutes (spec), so we fetch it at once.

export const REPORT_FAILED_STATUSES = ['DOES_NOT_EXIST', 'EXPIRED', 'FAILED', 'CANCELLED'];
const MAX_POLL_DELAY_MS = 60_000;

interface ReportFilter {
	parameter: string;
	field: string;
	kind: 'ids' | 'enum';
}

/** Filters of AdsAnalyticsCreateAsyncRequest we offer, keyed by body field. */
const REPORT_FILTERS: Record<string, ReportFilter> = {
	campaign_ids: { parameter: 'campaignIds', field: 'Campaign IDs', kind: 'ids' },
	campaign_statuses: { parameter: 'campaignStatuses', field: 'Campaign Statuses', kind: 'enum' },
	campaign_objective_types: {
		parameter: 'campaignObjectiveTypes',
		field: 'Campaign Objective Types',
		kind: 'enum',
	},
	ad_group_ids: { parameter: 'adGroupIds', field: 'Ad Group IDs', kind: 'ids' },
	ad_group_statuses: { parameter: 'adGroupStatuses', field: 'Ad Group Statuses', kind: 'enum' },
	ad_ids: { parameter: 'adIds', field: 'Ad IDs', kind: 'ids' },
	ad_statuses: { parameter: 'adStatuses', field: 'Ad Statuses', kind: 'enum' },
	product_group_ids: { parameter: 'productGroupIds', field: 'Product Group IDs', kind: 'ids' },
	targeting_types: { parameter: 'targetingTypes', field: 'Targeting Types', kind: 'enum' },
};

/** preSend of Report → Create: the JSON body (the endpoint takes no query parameters). */
export async function sendReportRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const level = this.getNodeParameter('level', 'CAMPAIGN') as string;
	const granularity = this.getNodeParameter('granularity', 'DAY') as string;
	const { startDate, endDate } = resolveDateWindow(
		this,
		reportRules(granularity, level),
		adsRanges,
	);
	const body: IDataObject = {
		start_date: startDate,
		end_date: endDate,
		granularity,
		level,
		columns: columnList(this),
		report_format: this.getNodeParameter('reportFormat', 'CSV') as string,
		...attributionValues(this),
	};
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	for (const [key, filter] of Object.entries(REPORT_FILTERS)) {
		const value = filters[filter.parameter];
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
			continue;
		if (filter.kind === 'ids') {
			const ids = idList(this, `filters.${filter.parameter}`, filter.field, { max: 500 });
			if (ids.length) body[key] = ids;
		} else {
			body[key] = Array.isArray(value)
				? value
				: String(value)
						.split(/[\s,;]+/)
						.filter(Boolean);
		}
	}
	if (level === 'PRODUCT_ITEM' && (body.ad_ids || body.ad_statuses)) {
		throw new NodeOperationError(
			node,
			'Ad IDs and Ad Statuses cannot be used with level Product Item',
			{
				itemIndex,
				description:
					'Pinterest does not accept ad filters on product item reports. Remove them, or pick another level.',
			},
		);
	}
	if (body.targeting_types && !level.endsWith('_TARGETING')) {
		throw new NodeOperationError(
			node,
			`Targeting Types need a targeting level (level is ${level})`,
			{
				itemIndex,
				description:
					'Pick a level ending in "Targeting", e.g. Campaign Targeting, or remove the Targeting Types filter.',
			},
		);
	}
	requestOptions.body = body;
	return requestOptions;
}

/** preSend of Report → Get Status: the token query parameter. */
export async function sendReportToken(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const token = String(this.getNodeParameter('token', '') ?? '').trim();
	if (!token) {
		throw new NodeOperationError(this.getNode(), 'Token is empty', {
			itemIndex: this.getItemIndex(),
			description:
				'Use the token that Report → Create returned (its "token" field), e.g. {{ $json.token }}.',
		});
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), token };
	return requestOptions;
}

function bufferOf(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	return Buffer.from(JSON.stringify(body ?? ''), 'utf8');
}

/** Downloads the report file (no Pinterest credential) and gunzips it when it is gzip. */
export async function downloadReport(
	context: IExecuteSingleFunctions,
	url: string,
): Promise<Buffer> {
	let response: IN8nHttpFullResponse;
	try {
		response = (await context.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'arraybuffer',
			json: false,
			returnFullResponse: true,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		const status = (error as { httpCode?: string; response?: { status?: number } }).response
			?.status;
		throw new NodeOperationError(
			context.getNode(),
			`Could not download the report file${status ? ` (HTTP ${status})` : ''}`,
			{
				itemIndex: context.getItemIndex(),
				description:
					'Pinterest report links are valid for five minutes and the report for one hour. Run Report → Get Status with the token to get a fresh link, or create the report again.',
			},
		);
	}
	const buffer = bufferOf(response.body);
	if (!(buffer.length > 2 && buffer[0] === 0x1f && buffer[1] === 0x8b)) return buffer;
	try {
		return await gunzip(buffer);
	} catch (error) {
		throw new NodeOperationError(
			context.getNode(),
			`The report file could not be decompressed: ${(error as Error).message}`,
			{
				itemIndex: context.getItemIndex(),
				description:
					'Pinterest sent a gzip file that is damaged or cut off. Create the report again.',
			},
		);
	}
}

/** Decodes gzip with the platform's DecompressionStream (no Node-only module at run time). */
async function gunzip(bytes: Buffer): Promise<Buffer> {
	const input = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
			controller.close();
		},
	});
	const chunks: Uint8Array[] = [];
	for await (const chunk of input.pipeThrough(new DecompressionStream('gzip'))) chunks.push(chunk);
	return Buffer.concat(chunks);
}

/** Turns a FINISHED report into output items: rows, or one item with the file as binary. */
export async function reportOutput(
	context: IExecuteSingleFunctions,
	status: IDataObject,
	token: string,
	output: string,
	format: string,
): Promise<INodeExecutionData[]> {
	const url = typeof status.url === 'string' ? status.url : '';
	if (!url) {
		throw new NodeOperationError(
			context.getNode(),
			`Report ${token} is finished but has no download link`,
			{
				itemIndex: context.getItemIndex(),
				description:
					'Pinterest returned no URL for this report. Create it again; if it keeps happening, the date range may have no data.',
			},
		);
	}
	const file = await downloadReport(context, url);
	if (format !== 'CSV' && format !== 'JSON') {
		// Get Status does not know the format the report was created with: look at the file.
		format = /^\s*[[{]/.test(file.subarray(0, 64).toString('utf8')) ? 'JSON' : 'CSV';
	}
	if (output === 'file') {
		const property = String(context.getNodeParameter('binaryPropertyName', 'data') || 'data');
		const extension = format === 'JSON' ? 'json' : 'csv';
		const binary = await context.helpers.prepareBinaryData(
			file,
			`pinterest-report.${extension}`,
			format === 'JSON' ? 'application/json' : 'text/csv',
		);
		return [
			{
				json: { token, report_status: status.report_status, size: status.size ?? file.length },
				binary: { [property]: binary },
			},
		];
	}
	return reportRows(file.toString('utf8'), format).map((json) => ({ json }));
}

function reportFailure(context: IExecuteSingleFunctions, token: string, reportStatus: string) {
	return new NodeOperationError(
		context.getNode(),
		`Report ${token} ended with status ${reportStatus}`,
		{
			itemIndex: context.getItemIndex(),
			description:
				reportStatus === 'EXPIRED' || reportStatus === 'DOES_NOT_EXIST'
					? 'Pinterest keeps a report for one hour. Create the report again.'
					: 'Pinterest could not build the report. Check the level, columns and filters (e.g. fewer columns or a shorter date range) and create it again.',
		},
	);
}

/**
 * postReceive of Report → Create: waits until the report is ready (polls get_report with
 * backoff: Poll Interval, doubling up to 60 s, until Max Wait) and returns its rows or file.
 * With Output "Token" it returns Pinterest's answer at once.
 */
export async function waitForReport(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const output = this.getNodeParameter('output', 'rows') as string;
	const created = (items[0]?.json ?? {}) as IDataObject;
	if (output === 'token') return items;
	const itemIndex = this.getItemIndex();
	const token = typeof created.token === 'string' ? created.token : '';
	if (!token) {
		throw new NodeOperationError(this.getNode(), 'Pinterest returned no report token', {
			itemIndex,
			description: `Answer: ${String(created.message ?? created.report_status ?? 'empty').slice(0, 200)}`,
		});
	}
	const adAccountId = resolveAdsId(this, 'adAccountId');
	const format = this.getNodeParameter('reportFormat', 'CSV') as string;
	const waitOptions = this.getNodeParameter('waitOptions', {}) as IDataObject;
	const firstDelayMs = Math.max(0, Number(waitOptions.pollInterval ?? 5) * 1000);
	const maxWaitSeconds = Math.max(0, Number(waitOptions.maxWait ?? 600));
	const deadline = Date.now() + maxWaitSeconds * 1000;
	let delay = firstDelayMs;
	let status = String(created.report_status ?? 'IN_PROGRESS');
	for (;;) {
		if (REPORT_FAILED_STATUSES.includes(status)) throw reportFailure(this, token, status);
		const remaining = deadline - Date.now();
		if (remaining <= 0) {
			throw new NodeOperationError(
				this.getNode(),
				`Report ${token} is not ready after ${maxWaitSeconds} seconds (status ${status})`,
				{
					itemIndex,
					description: `Raise Max Wait, or fetch it later with Report → Get Status, token ${token} and Output "Rows" (the report is kept for one hour).`,
				},
			);
		}
		await wait(Math.min(delay, remaining), this);
		delay = Math.min(Math.max(delay * 2, 1), MAX_POLL_DELAY_MS);
		const response = await pinterestApiRequest.call(
			this,
			{ method: 'GET', url: `/ad_accounts/${adAccountId}/reports`, qs: { token } },
			itemIndex,
		);
		const body = (response.body ?? {}) as IDataObject;
		status = String(body.report_status ?? 'IN_PROGRESS');
		if (status === 'FINISHED') return await reportOutput(this, body, token, output, format);
	}
}

/** postReceive of Report → Get Status: the status, or the rows / file of a finished report. */
export async function reportStatusOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const output = this.getNodeParameter('output', 'status') as string;
	const token = String(this.getNodeParameter('token', '')).trim();
	const body = (items[0]?.json ?? {}) as IDataObject;
	if (output === 'status') return [{ json: { token, ...body } }];
	const status = String(body.report_status ?? '');
	if (status !== 'FINISHED') {
		if (REPORT_FAILED_STATUSES.includes(status)) throw reportFailure(this, token, status);
		throw new NodeOperationError(
			this.getNode(),
			`Report ${token} is not ready yet (status ${status || 'unknown'})`,
			{
				itemIndex: this.getItemIndex(),
				description:
					'Wait a little (e.g. with a Wait node) and run again, or use Output "Status" to check first.',
			},
		);
	}
	return await reportOutput(this, body, token, output, 'AUTO');
}
