'use strict';
/*
 * The credentials side of the harness: an in-memory ICredentialsHelper that follows `extends`,
 * resolves $self expressions, applies generic `authenticate` blocks and persists OAuth2 token
 * updates, so requests go through n8n's real credential and refresh-on-401 paths.
 */
const { ICredentialsHelper, Workflow } = require('n8n-workflow');

class MemoryCredentialsHelper extends ICredentialsHelper {
	/** @param store credential data by credential type name */
	constructor(pkg, store) {
		super();
		this.pkg = pkg;
		this.store = store;
		this.updates = [];
	}

	typeChain(type) {
		const own = this.pkg.credentialTypes[type];
		if (!own) throw new Error(`Unknown credential type ${type}`);
		return [...(own.extends ?? []).flatMap((parent) => this.typeChain(parent)), own];
	}

	getParentTypes(type) {
		const own = this.pkg.credentialTypes[type];
		return (own?.extends ?? []).flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	getCredentialsProperties(type) {
		const byName = new Map();
		for (const t of this.typeChain(type)) for (const p of t.properties) byName.set(p.name, p);
		return [...byName.values()];
	}

	evaluate(value, self, credentials) {
		const workflow = new Workflow({
			nodes: [
				{
					id: 'x',
					name: 'cred',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
			],
			connections: {},
			active: false,
			nodeTypes: this.pkg.nodeTypes,
		});
		return workflow.expression.getParameterValue(
			value,
			null,
			0,
			0,
			'cred',
			[],
			'internal',
			credentials ? { $credentials: credentials } : {},
			undefined,
			false,
			self,
		);
	}

	async getDecrypted(_additionalData, _nodeCredentials, type) {
		const data = {};
		for (const property of this.getCredentialsProperties(type)) {
			if (property.default !== undefined) data[property.name] = property.default;
		}
		Object.assign(data, structuredClone(this.store[type] ?? {}));
		// Defaults may be expressions over the other fields ($self), as in n8n itself.
		for (const [key, value] of Object.entries(data)) {
			if (typeof value === 'string' && value.startsWith('='))
				data[key] = this.evaluate(value, data);
		}
		return data;
	}

	async authenticate(credentials, type, requestOptions) {
		const auth = this.pkg.credentialTypes[type].authenticate;
		if (!auth) return requestOptions;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		for (const [where, values] of Object.entries(auth.properties)) {
			requestOptions[where] ??= {};
			for (const [key, expression] of Object.entries(values)) {
				requestOptions[where][key] = this.evaluate(String(expression), credentials, credentials);
			}
		}
		return requestOptions;
	}

	// n8n passes (helpers, credentials, ...); no credential type here needs a pre-authentication step.
	async preAuthentication() {
		return undefined;
	}

	async getCredentials() {
		throw new Error('getCredentials is not available in the harness');
	}

	async updateCredentials(_details, type, data) {
		this.updates.push({ type, data: structuredClone(data) });
		this.store[type] = { ...this.store[type], ...data };
	}

	async updateCredentialsOauthTokenData(_details, type, data) {
		this.updates.push({ type, data: structuredClone(data) });
		// Persist like n8n does, so the next request uses the rotated tokens.
		this.store[type] = { ...this.store[type], oauthTokenData: data.oauthTokenData };
	}
}

/** Access-token credential data pointing at a test base URL. */
function tokenCredential(baseUrl, accessToken = 'pina_test_token') {
	return { accessToken, environment: 'custom', customBaseUrl: baseUrl };
}

/** OAuth2 credential data pointing at a test base URL. */
function oauth2Credential(baseUrl, tokens) {
	return {
		environment: 'custom',
		customBaseUrl: baseUrl,
		clientId: 'app-id',
		clientSecret: 'app-secret',
		oauthTokenData: { ...tokens, token_type: 'bearer', expires_in: 2592000 },
	};
}

module.exports = { MemoryCredentialsHelper, tokenCredential, oauth2Credential };
