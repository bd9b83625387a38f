/*
 * scripts/lib/n8n-ready.js: the waits behind `n8n start` and `n8n worker` in the e2e, queue, UI
 * and dev scripts, against a fake n8n (an HTTP server and a fake DB answering as n8n 2.8 / 2.41 do).
 */
import { delay, http } from '../../helpers/system';

type Row = unknown[];
type Query = (sql: string) => Promise<Row[]>;
interface Ready {
	STARTED_LINE: string;
	waitForHttp200(
		url: string,
		what: string,
		opts: { timeoutMs: number; alive?: () => void },
	): Promise<void>;
	waitForActiveWorkflows(
		ids: string[],
		opts: {
			query: Query;
			log: () => string;
			before?: Set<string>;
			timeoutMs: number;
			alive?: () => void;
			failures?: 'throw' | 'report';
		},
	): Promise<string[]>;
	inMemoryTriggerRows(query: Query, ids: string[]): Promise<Set<string>>;
	publishedIds(query: Query): Promise<string[]>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ready = require('../../../scripts/lib/n8n-ready') as Ready;

const WF = 'wfTrigger01';
const VERSION = 'v-2';

/** n8n 2.41's publication tables as the fake DB holds them; the test mutates them over time. */
function fakeDb() {
	const db = {
		triggers: [] as {
			nodeId: string;
			status: string;
			kind: string;
			createdAt: string;
			error?: string;
		}[],
		outbox: [] as { status: string; error?: string }[],
		legacy: false,
		query: async (sql: string): Promise<Row[]> => {
			if (db.legacy && sql.includes('workflow_publication'))
				throw new Error('SQLITE_ERROR: no such table: workflow_publication_trigger_status');
			if (sql.startsWith('SELECT count(*)')) return [[db.triggers.length]];
			if (sql.startsWith('SELECT id FROM workflow_entity')) return [[WF]];
			if (sql.includes('FROM workflow_entity')) return [[WF, VERSION]];
			if (sql.includes('"createdAt" FROM workflow_publication_trigger_status'))
				return db.triggers
					.filter((t) => t.kind === 'in-memory')
					.map((t) => [WF, t.nodeId, t.createdAt]);
			if (sql.includes('FROM workflow_publication_trigger_status'))
				return db.triggers.map((t) => [
					WF,
					t.nodeId,
					VERSION,
					t.status,
					t.kind,
					t.createdAt,
					t.error ?? '',
				]);
			if (sql.includes('FROM workflow_publication_outbox'))
				return db.outbox.map((o) => [WF, o.status, o.error ?? '']);
			throw new Error(`unexpected SQL ${sql}`);
		},
	};
	return db;
}

const later = async (ms: number, fn: () => void) => {
	await delay(ms);
	fn();
};

test('a published workflow counts as active only once n8n wrote its trigger status and nothing is in the outbox', async () => {
	const db = fakeDb();
	db.outbox.push({ status: 'in_progress' });
	// rows of an earlier publication are there already, but n8n is still applying this one
	db.triggers.push({ nodeId: 'w1', status: 'activated', kind: 'persisted', createdAt: 't0' });
	let resolvedAt = 0;
	const t0 = Date.now();
	const waiting = ready
		.waitForActiveWorkflows([WF], { query: db.query, log: () => '', timeoutMs: 10000 })
		.then(() => (resolvedAt = Date.now() - t0));
	await later(1200, () => {
		db.outbox[0].status = 'completed';
		db.triggers.push({ nodeId: 'n1', status: 'activated', kind: 'in-memory', createdAt: 't1' });
	});
	expect(resolvedAt).toBe(0);
	await waiting;
	expect(resolvedAt).toBeGreaterThanOrEqual(1200);
});

test('after a restart the old "activated" rows of a poller do not count until this start wrote them again', async () => {
	const db = fakeDb();
	db.triggers.push({
		nodeId: 'n1',
		status: 'activated',
		kind: 'in-memory',
		createdAt: 'first start',
	});
	db.triggers.push({
		nodeId: 'w1',
		status: 'activated',
		kind: 'persisted',
		createdAt: 'first start',
	});
	const before = await ready.inMemoryTriggerRows(db.query, [WF]);
	expect([...before]).toEqual([`${WF}/n1@first start`]);
	let done = false;
	const waiting = ready
		.waitForActiveWorkflows([WF], { query: db.query, log: () => '', before, timeoutMs: 10000 })
		.then(() => (done = true));
	await later(1500, () => undefined);
	expect(done).toBe(false);
	// the start-up reconciliation re-registered the poller: n8n replaced the rows
	db.triggers[0].createdAt = 'second start';
	await waiting;
	expect(done).toBe(true);
});

test('an activation failure that n8n reports ends the wait at once, with its message', async () => {
	const db = fakeDb();
	db.triggers.push({
		nodeId: 'n1',
		status: 'failed',
		kind: 'in-memory',
		createdAt: 't1',
		error: 'Authorization failed',
	});
	const t0 = Date.now();
	await expect(
		ready.waitForActiveWorkflows([WF], { query: db.query, log: () => '', timeoutMs: 30000 }),
	).rejects.toThrow(/failed to activate.*wfTrigger01: failed.*Authorization failed/);
	expect(Date.now() - t0).toBeLessThan(5000);
});

test('a wait that runs out names what it waited for and what n8n said last', async () => {
	const db = fakeDb();
	db.outbox.push({ status: 'pending' });
	await expect(
		ready.waitForActiveWorkflows([WF], { query: db.query, log: () => '', timeoutMs: 1500 }),
	).rejects.toThrow(
		/timed out after 2s waiting for n8n to report published workflows active.*wfTrigger01: in_progress.*outbox pending/s,
	);
});

test('n8n 2.8 (no publication tables): the "Activated workflow" line, or the activation issue it logged', async () => {
	const db = fakeDb();
	db.legacy = true;
	const ok = `Activated workflow "t" (ID: ${WF})\n${ready.STARTED_LINE}:\nhttp://127.0.0.1:1`;
	await ready.waitForActiveWorkflows([WF], { query: db.query, log: () => ok, timeoutMs: 1000 });
	const bad = `Issue on initial workflow activation try of "t" (ID: ${WF}) (startup)\n${ready.STARTED_LINE}`;
	await expect(
		ready.waitForActiveWorkflows([WF], { query: db.query, log: () => bad, timeoutMs: 1000 }),
	).rejects.toThrow(/did not activate.*Issue on initial workflow activation/);
});

test('/healthz/readiness: waits through 503 until 200; a dead process ends the wait', async () => {
	let answer = 503;
	const server = http.createServer((req, res) => {
		res.statusCode = req.url === '/healthz/readiness' ? answer : 404;
		res.end('{}');
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/healthz/readiness`;
	try {
		let done = false;
		const waiting = ready
			.waitForHttp200(url, 'n8n worker ready', { timeoutMs: 10000 })
			.then(() => (done = true));
		await later(800, () => undefined);
		expect(done).toBe(false);
		answer = 200;
		await waiting;
		answer = 503;
		await expect(ready.waitForHttp200(url, 'n8n worker ready', { timeoutMs: 600 })).rejects.toThrow(
			/waiting for n8n worker ready \(GET .*\/healthz\/readiness = 200\): last answer 503/,
		);
		await expect(
			ready.waitForHttp200(url, 'n8n worker ready', {
				timeoutMs: 10000,
				alive: () => {
					throw new Error('n8n worker exited');
				},
			}),
		).rejects.toThrow('n8n worker exited');
	} finally {
		server.close();
	}
});

test('what to wait for: every workflow the DB has published; none on a DB n8n has not created yet', async () => {
	const db = fakeDb();
	expect(await ready.publishedIds(db.query)).toEqual([WF]);
	const missing = async () => {
		throw new Error('sqlite query failed (rc 2): SQLITE_CANTOPEN: unable to open database file');
	};
	expect(await ready.publishedIds(missing)).toEqual([]);
});

test("activationFailures 'report': a failed workflow is returned, the others are still waited for", async () => {
	const db = fakeDb();
	db.triggers.push({
		nodeId: 'n1',
		status: 'failed',
		kind: 'in-memory',
		createdAt: 't1',
		error: 'boom',
	});
	const failures = await ready.waitForActiveWorkflows([WF], {
		query: db.query,
		log: () => '',
		timeoutMs: 5000,
		failures: 'report',
	});
	expect(failures).toEqual([expect.stringContaining('wfTrigger01: failed')]);
});
