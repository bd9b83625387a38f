'use strict';
/*
 * One n8n per version for the editor suite: the e2e install of that version (scripts/n8n-install.js),
 * the packed package in its .n8n/nodes, the simulator with the demo account, the credentials and
 * workflows the cases open, then `n8n start` on 127.0.0.1 with an owner.
 */
const { ensureProfile } = require('../../../scripts/n8n-install');
const { N8nInstance, freePort } = require('../../../scripts/lib/n8n-cli');
const { loadSimulator } = require('../../e2e/lib/simulator');
const { CREDS, SIM_OPTIONS } = require('../../e2e/scenarios/common');
const { workflows } = require('./workflows');
const { allowsSubMinutePolls } = require('../../e2e/scenarios/trigger');
const path = require('path');
const { installAds } = require('../../../tools/simulator');

const OWNER = {
	email: 'ui@example.com',
	firstName: 'Ui',
	lastName: 'Tester',
	password: 'UiPassw0rd1',
};

async function startStack(profileName, tgz, log) {
	const profile = await ensureProfile(profileName);
	const simMod = loadSimulator();
	if (simMod.error) throw new Error(simMod.error);
	const sim = simMod.createSimulator({ ...SIM_OPTIONS });
	await sim.start(await freePort());
	const demo = sim.seedDemo();
	// The ads side for the lead ads case: an ad account with a lead form, the demo token's.
	const ads = installAds(sim, { accessTokens: [CREDS.accessToken] });
	const adAccount = ads.addAdAccount({ name: 'UI leads account' });
	const leadForm = ads.addLeadForm(adAccount.id, { name: 'UI newsletter form' });
	demo.leadAds = { ads, adAccount, leadForm };
	const n8n = await N8nInstance.create(profile, {
		tmpPrefix: `n8n-ui-${profileName}-`,
		log,
		// no calls to n8n's banner service (unreachable here); community nodes offered as AI tools
		env: { N8N_DYNAMIC_BANNERS_ENABLED: 'false', N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: 'true' },
	});
	const stop = async () => {
		await n8n.dispose();
		await sim.stop();
	};
	try {
		await n8n.installPackage(tgz);
		await n8n.importCredentials([CREDS.list(sim)[0]]);
		const fastPolls = allowsSubMinutePolls({ n8nModules: path.join(profile.dir, 'node_modules') });
		await n8n.importWorkflow(workflows(demo, { fastPolls }));
		// Pinterest posts leads to n8n's production webhook URL: make it this n8n's own address.
		const port = await freePort();
		const server = await n8n.start({
			port,
			timeoutMs: 180000,
			maxRunMs: 30 * 60000,
			env: { WEBHOOK_URL: `http://127.0.0.1:${port}/` },
		});
		await n8n.ensureOwner(OWNER);
		return { profile, n8n, sim, demo, url: server.url, owner: OWNER, stop };
	} catch (e) {
		await stop();
		throw e;
	}
}

module.exports = { startStack, OWNER };
