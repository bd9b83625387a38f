/**
 * A server that accepts the connection and never answers: each try ends after the node's
 * Request Timeout, the error says it timed out (with the method and URL), reads are tried
 * again as Max Attempts says, and a create is sent once (its outcome is unknown).
 */
import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { pinSave } from '../helpers/params';
import { http } from '../helpers/system';

const TOKEN = 'pina_timeout_token';

interface SilentServer {
	base: string;
	requests: string[];
	close: () => Promise<void>;
}

/** Listens on 127.0.0.1, records each request and never answers it. */
async function silentServer(): Promise<SilentServer> {
	const requests: string[] = [];
	const sockets = new Set<{ destroy: () => void }>();
	const server = http.createServer((request) => {
		requests.push(`${request.method} ${request.url}`);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		base: `http://127.0.0.1:${port}/v5`,
		requests,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

describe('request timeout: a server that never answers', () => {
	let server: SilentServer;
	beforeEach(async () => {
		server = await silentServer();
	});
	afterEach(async () => {
		await server.close();
	});

	const rateLimit = { requestTimeout: 0.3, maxAttempts: 3, maxTotalWait: 10 };

	it('a read times out on each try, is tried Max Attempts times, and says it timed out', async () => {
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(server.base, TOKEN),
		});
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'get',
				board: { __rl: true, mode: 'id', value: '42' },
				rateLimit,
			},
			{ credentials },
		);
		expect(items).toEqual([]);
		expect(server.requests).toEqual(Array(3).fill('GET /v5/boards/42'));
		expect(error?.message).toBe('The request to Pinterest timed out after 0.3 s');
		expect(String(error?.description)).toContain(
			`GET ${server.base}/boards/42 got no answer after 0.3 s.`,
		);
		expect(String(error?.description)).toContain('Request Timeout under Rate Limit Handling');
	});

	it('a create that timed out is sent once and marked as maybe carried out', async () => {
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(server.base, TOKEN),
		});
		const { error } = await runNode(pinSave('7', '42', { rateLimit }), { credentials });
		expect(server.requests).toEqual(['POST /v5/pins/7/save']);
		expect(error?.message).toBe(
			'The request to Pinterest timed out after 0.3 s (may have been carried out: check before running again)',
		);
	});

	it("n8n's own Request Options → Timeout (ms) is honoured and named in the error", async () => {
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(server.base, TOKEN),
		});
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'get',
				board: { __rl: true, mode: 'id', value: '42' },
				requestOptions: { timeout: 200 },
				rateLimit: { maxAttempts: 1 },
			},
			{ credentials },
		);
		expect(server.requests).toEqual(['GET /v5/boards/42']);
		expect(error?.message).toBe('The request to Pinterest timed out after 0.2 s');
	});
});
