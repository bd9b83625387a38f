#!/usr/bin/env node
'use strict';
// Start the Pinterest API v5 simulator:  node tools/simulator/cli.js --port 8790 --demo
const { createSimulator, installAds } = require('./index');

function parseArgs(argv) {
	const out = { port: 8790, demo: false, seed: 42, faults: {} };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const val = () => {
			if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
			i += 1;
			return argv[i];
		};
		const name = a.replace(/=.*$/, '');
		if (name === '--port' || name === '-p') out.port = Number(val());
		else if (name === '--demo') out.demo = true;
		// The recorded shapes are the default; --spec-shapes gives the OpenAPI-only shapes.
		else if (name === '--realistic') out.realistic = true;
		else if (name === '--spec-shapes') out.realistic = false;
		else if (name === '--new-account') out.newAccount = true;
		else if (name === '--seed') out.seed = Number(val());
		else if (name === '--rate429') out.faults.rate429 = Number(val());
		else if (name === '--rate500') out.faults.rate500 = Number(val());
		else if (name === '--rate503') out.faults.rate503 = Number(val());
		else if (name === '--slow-rate') out.faults.slowRate = Number(val());
		else if (name === '--slow-ms') out.faults.slowMs = Number(val());
		else if (name === '--media-polls') out.mediaProcessingPolls = Number(val());
		else if (name === '--rate-limits') {
			// Bare or =standard: Pinterest's documented Standard budgets; =<JSON>: your own.
			const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : 'standard';
			out.rateLimits = v === 'standard' ? true : JSON.parse(v);
		} else if (name === '--no-rate-limits') out.rateLimits = false;
		else if (name === '--help' || name === '-h') out.help = true;
		else throw new Error(`Unknown argument ${a}`);
	}
	if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535)
		throw new Error('--port must be 0..65535');
	return out;
}

async function main() {
	let args;
	try {
		args = parseArgs(process.argv.slice(2));
	} catch (e) {
		console.error(e.message);
		process.exit(2);
	}
	if (args.help) {
		console.log(
			'Usage: node tools/simulator/cli.js [--port 8790] [--demo] [--seed 42] [--rate429 0.1] ' +
				'[--rate500 0] [--rate503 0] [--slow-rate 0] [--slow-ms 200] [--media-polls 2] [--spec-shapes] [--new-account] ' +
				'[--rate-limits[=standard|<JSON>]] [--no-rate-limits]',
		);
		return;
	}
	const creds = {
		accessToken: 'demo-access-token',
		refreshToken: 'demo-refresh-token',
		clientId: 'demo-client-id',
		clientSecret: 'demo-client-secret',
	};
	const sim = createSimulator({
		accessTokens: [creds.accessToken],
		refreshTokens: [creds.refreshToken],
		clientId: creds.clientId,
		clientSecret: creds.clientSecret,
		seed: args.seed,
		faults: args.faults,
		...(args.realistic !== undefined ? { realistic: args.realistic } : {}),
		...(args.newAccount ? { newAccount: true } : {}),
		...(args.rateLimits !== undefined ? { rateLimits: args.rateLimits } : {}),
		...(args.mediaProcessingPolls !== undefined
			? { mediaProcessingPolls: args.mediaProcessingPolls }
			: {}),
	});
	const { url } = await sim.start(args.port);
	if (args.demo) {
		sim.seedDemo();
		// Advertising and catalogs too: one ad account with campaigns, and a catalog with a feed.
		installAds(sim).seed();
	}
	console.log(`Pinterest API v5 simulator listening on ${url}`);
	console.log(`  access token:   ${creds.accessToken}`);
	console.log(`  refresh token:  ${creds.refreshToken}`);
	console.log(`  client id:      ${creds.clientId}`);
	console.log(`  client secret:  ${creds.clientSecret}`);
	console.log(`  token URL:      ${url}/oauth/token   (auth code 'demo-code' is always accepted)`);
	const o = sim.origin;
	console.log(`  test support:   ${o}/__log  ${o}/__state  POST ${o}/__reset[?demo=1]`);
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		await sim.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
