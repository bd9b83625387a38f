import { spawnNode } from '../helpers/system';

test('cli: --port 0 --demo prints the base URL, serves demo data with the demo token, stops on SIGTERM', async () => {
	const child = spawnNode('tools/simulator/cli.js', ['--port', '0', '--demo'], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	try {
		const stdout = child.stdout;
		if (!stdout) throw new Error('the simulator CLI has no stdout pipe');
		const url = await new Promise<string>((resolve, reject) => {
			let out = '';
			stdout.on('data', (c) => {
				out += c;
				const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/v5)/.exec(out);
				if (m && out.includes('demo-client-secret')) resolve(m[1]);
			});
			child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
		});
		const res = await fetch(`${url}/user_account`, {
			headers: { authorization: 'Bearer demo-access-token' },
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ board_count: 5, pin_count: 60, follower_count: 30 });
		const tok = await fetch(`${url}/oauth/token`, {
			method: 'POST',
			headers: {
				authorization: `Basic ${Buffer.from('demo-client-id:demo-client-secret').toString('base64')}`,
				'content-type': 'application/x-www-form-urlencoded',
			},
			body: 'grant_type=refresh_token&refresh_token=demo-refresh-token',
		});
		expect(tok.status).toBe(200);
		const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
		child.kill('SIGTERM');
		expect(await exit).toBe(0);
	} finally {
		if (child.exitCode === null) child.kill('SIGKILL');
	}
});

test('cli: --realistic --new-account serves the recorded new account (monthly_views -1)', async () => {
	const child = spawnNode(
		'tools/simulator/cli.js',
		['--port', '0', '--realistic', '--new-account'],
		{
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	try {
		const stdout = child.stdout;
		if (!stdout) throw new Error('the simulator CLI has no stdout pipe');
		const url = await new Promise<string>((resolve, reject) => {
			let out = '';
			stdout.on('data', (c) => {
				out += c;
				const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/v5)/.exec(out);
				if (m && out.includes('demo-client-secret')) resolve(m[1]);
			});
			child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
		});
		const res = await fetch(`${url}/user_account`, {
			headers: { authorization: 'Bearer demo-access-token' },
		});
		expect(await res.json()).toMatchObject({ monthly_views: -1 });
		const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
		child.kill('SIGTERM');
		expect(await exit).toBe(0);
	} finally {
		if (child.exitCode === null) child.kill('SIGKILL');
	}
});
