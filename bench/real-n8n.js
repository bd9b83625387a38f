'use strict';
/**
 * Our Get Many (Return All) against n8n's own HTTP Request node paginating the same endpoint with
 * `bookmark`, in a real n8n that the end-to-end suite has cached (scripts/n8n-install.js). One
 * workflow, two branches off the Manual trigger; node execution times come from n8n's run data,
 * requests from the simulator's log (the HTTP Request node marks its requests with a header).
 * Like for like: the HTTP Request node is followed by a Split Out node, so both branches end with
 * one item per pin (its time counts), and the branch that runs first alternates between runs.
 */
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const CRED = { id: 'benchPinToken', name: 'Pinterest (bench simulator)' };

function workflow(baseUrl, token, oursFirst) {
	const node = (id, name, type, typeVersion, parameters, extra = {}) => ({
		id: `b0000000-0000-4000-8000-00000000000${id}`,
		name,
		type,
		typeVersion,
		position: [id * 220, 0],
		parameters,
		...extra,
	});
	return {
		id: oursFirst ? 'benchGetManyVsHttp1' : 'benchGetManyVsHttp2',
		name: `bench: Get Many vs HTTP Request (${oursFirst ? 'ours' : 'HTTP Request'} first)`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			node(1, 'Manual', 'n8n-nodes-base.manualTrigger', 1, {}),
			// executionOrder v1 runs the upper branch first.
			node(
				2,
				'Pinterest',
				'n8n-nodes-pinterest-api.pinterest',
				1,
				{
					authentication: 'accessToken',
					resource: 'pin',
					operation: 'getAll',
					returnAll: true,
					simplify: false,
				},
				{ credentials: { pinterestApi: CRED }, position: [440, oursFirst ? 0 : 300] },
			),
			node(
				3,
				'HTTP Request',
				'n8n-nodes-base.httpRequest',
				4.2,
				{
					method: 'GET',
					url: `${baseUrl}/pins`,
					sendQuery: true,
					queryParameters: { parameters: [{ name: 'page_size', value: '250' }] },
					sendHeaders: true,
					headerParameters: {
						parameters: [
							{ name: 'Authorization', value: `Bearer ${token}` },
							{ name: 'X-Bench', value: 'http-request' },
						],
					},
					options: {
						pagination: {
							pagination: {
								paginationMode: 'updateAParameterInEachRequest',
								parameters: {
									parameters: [
										{ type: 'qs', name: 'bookmark', value: '={{ $response.body.bookmark }}' },
									],
								},
								paginationCompleteWhen: 'other',
								completeExpression: '={{ !$response.body.bookmark }}',
								limitPagesFetched: false,
								requestInterval: 0,
							},
						},
					},
				},
				{ position: [440, oursFirst ? 300 : 0] },
			),
			node(
				4,
				'Split Out',
				'n8n-nodes-base.splitOut',
				1,
				{ fieldToSplitOut: 'items', include: 'noOtherFields', options: {} },
				{ position: [660, oursFirst ? 300 : 0] },
			),
		],
		connections: {
			Manual: {
				main: [
					[
						{ node: 'Pinterest', type: 'main', index: 0 },
						{ node: 'HTTP Request', type: 'main', index: 0 },
					],
				],
			},
			'HTTP Request': { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
		},
	};
}

async function compare({ install, profileName, sim, baseUrl, token, pins, reps, tmp, log }) {
	const { N8nInstance } = require(path.join(ROOT, 'scripts/lib/n8n-cli'));
	const profile = await install.ensureProfile(profileName);
	log(`real n8n ${profile.n8nVersion}: pack, install, ${reps} executions`);
	const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
	const tgz = path.join(tmp, pack.stdout.trim().split('\n').pop());
	const n8n = await N8nInstance.create(profile, { tmpPrefix: 'n8n-bench-' });
	try {
		await n8n.installPackage(tgz);
		await n8n.importCredentials([
			{
				...CRED,
				type: 'pinterestApi',
				data: { environment: 'custom', customBaseUrl: baseUrl, accessToken: token },
			},
		]);
		const flows = [workflow(baseUrl, token, true), workflow(baseUrl, token, false)];
		for (const flow of flows) await n8n.importWorkflow(flow);
		const ours = { ms: [], requests: [], items: [] };
		const http = { ms: [], requests: [], items: [] };
		for (let r = 0; r < reps; r++) {
			const wf = flows[r % 2];
			sim.requests.length = 0;
			const run = await n8n.execute(wf.id, { timeoutMs: 240000 });
			// `n8n execute` may exit before a large printed run is flushed: read the saved one.
			const [saved] = await n8n.query(
				'SELECT e.status, d.data FROM execution_entity e JOIN execution_data d ON d.executionId = e.id WHERE e.workflowId = ? ORDER BY e.id DESC LIMIT 1',
				[wf.id],
				{ parseColumn: 'data', timeoutMs: 120000 },
			);
			if (run.code !== 0 || !saved || saved.status !== 'success') {
				throw new Error(
					`execution ${saved?.status ?? 'not saved'} (rc ${run.code}): ${run.error || run.cliError || ''}`,
				);
			}
			const runData = saved.data.resultData.runData;
			const outputOf = (name) => runData[name][0].data.main[0].map((item) => item.json);
			const gets = sim.requests.filter((q) => q.method === 'GET' && q.path === '/v5/pins');
			const marked = gets.filter((q) => q.headers['x-bench'] === 'http-request');
			ours.ms.push(runData.Pinterest[0].executionTime);
			http.ms.push(
				runData['HTTP Request'][0].executionTime + runData['Split Out'][0].executionTime,
			);
			ours.requests.push(gets.length - marked.length);
			http.requests.push(marked.length);
			ours.items.push(outputOf('Pinterest').length);
			http.items.push(outputOf('Split Out').length);
			log(
				`real n8n #${r + 1} (${r % 2 ? 'HTTP Request' : 'ours'} first): ours ${ours.ms.at(-1)} ms / ${ours.requests.at(-1)} requests / ${ours.items.at(-1)} items; ` +
					`HTTP Request + Split Out ${http.ms.at(-1)} ms / ${http.requests.at(-1)} requests / ${http.items.at(-1)} items (${run.ms} ms for the whole n8n execute)`,
			);
		}
		if (ours.items.some((n) => n !== pins))
			throw new Error(`our Get Many returned ${ours.items.join(', ')} items, not ${pins}`);
		if (http.items.some((n) => n !== pins))
			throw new Error(
				`HTTP Request + Split Out returned ${http.items.join(', ')} items, not ${pins}`,
			);
		const stat = (v) => {
			const s = [...v].sort((a, b) => a - b);
			const m = Math.floor(s.length / 2);
			return {
				min: s[0],
				max: s[s.length - 1],
				median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2,
				n: s.length,
			};
		};
		return {
			version: profile.n8nVersion,
			ours: { ms: stat(ours.ms), requests: stat(ours.requests) },
			http: { ms: stat(http.ms), requests: stat(http.requests), pins: stat(http.items) },
		};
	} finally {
		await n8n.dispose();
	}
}

module.exports = { compare };
