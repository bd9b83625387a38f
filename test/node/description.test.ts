import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { DEFAULT_RETRY_POLICY } from '../../nodes/Pinterest/transport/retry';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../../nodes/Pinterest/transport/timeout';
import { DEFAULT_MAX_PARALLEL } from '../../nodes/Pinterest/routing/concurrency';
import { DEFAULT_PACE_REQUESTS } from '../../nodes/Pinterest/transport/pacing';
import { resourceOptions } from '../../nodes/Pinterest/descriptions';
import { loadPackage, NODE_TYPE } from '../helpers/harness';

async function node(): Promise<INodeType> {
	const { nodeTypes } = await loadPackage();
	return nodeTypes.getByNameAndVersion(NODE_TYPE, 1) as INodeType;
}

describe('node description', () => {
	it('lists in the Resource menu exactly the resources that have operations', async () => {
		const resource = (await node()).description.properties.find(
			(p) => p.name === 'resource',
		) as INodeProperties;
		expect(resource.options).toEqual(resourceOptions);
	});

	it('routes every operation through the executor (paginate on, a pagination function set)', async () => {
		const operations = (await node()).description.properties.filter((p) => p.name === 'operation');
		const options = operations.flatMap((p) => p.options as INodePropertyOptions[]);
		expect(options.length).toBeGreaterThan(20);
		for (const option of options) {
			const routing = (
				option as {
					routing?: { send?: { paginate?: unknown }; operations?: { pagination?: unknown } };
				}
			).routing;
			expect([option.value, routing?.send?.paginate]).toEqual([option.value, true]);
			expect([option.value, typeof routing?.operations?.pagination]).toEqual([
				option.value,
				'function',
			]);
		}
	});

	it('shows the transport defaults in Rate Limit Handling', async () => {
		const rateLimit = (await node()).description.properties.find(
			(p) => p.name === 'rateLimit',
		) as INodeProperties;
		const defaults = Object.fromEntries(
			(rateLimit.options as INodeProperties[]).map((o) => [o.name, o.default]),
		);
		expect(defaults).toEqual({
			maxAttempts: DEFAULT_RETRY_POLICY.maxAttempts,
			maxParallel: DEFAULT_MAX_PARALLEL,
			maxTotalWait: DEFAULT_RETRY_POLICY.maxTotalWaitMs / 1000,
			paceRequests: DEFAULT_PACE_REQUESTS,
			requestTimeout: DEFAULT_REQUEST_TIMEOUT_SECONDS,
		});
	});

	it('has an action text for every operation, usable as an AI tool', async () => {
		const description = (await node()).description;
		// an object: n8n makes the tool variant with its replacements (builderHint.test.ts)
		expect(description.usableAsTool).toEqual({
			replacements: { builderHint: expect.any(Object) },
		});
		const options = description.properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => p.options as INodePropertyOptions[]);
		for (const option of options)
			expect([option.value, typeof option.action]).toEqual([option.value, 'string']);
	});

	it('tells an AI agent what every operation does and returns, in one or two short sentences', async () => {
		const operations = (await node()).description.properties.filter((p) => p.name === 'operation');
		const texts = operations.flatMap((p) =>
			(p.options as INodePropertyOptions[]).map((option) => ({
				operation: `${String(p.displayOptions?.show?.resource)} → ${option.name}`,
				description: option.description ?? '',
			})),
		);
		expect(texts.length).toBeGreaterThan(60);
		const unclear = texts.filter(({ description }) => {
			const sentences = description.match(/[.!?](\s|$)/g)?.length ?? 0;
			return (
				!/^[A-Z]/.test(description) ||
				!/ Returns /.test(description) ||
				sentences < 1 ||
				sentences > 2 ||
				description.length > 300
			);
		});
		expect(unclear).toEqual([]);
	});
});
