/**
 * Hints for n8n's AI workflow builder (builderHint, n8n 2.x): both nodes carry node-level hints
 * that name each other, never on a resource/operation/mode property (n8n-core 2.41 refuses to
 * load such a node) and never with an expression. The built package loads in the nodes loader
 * of real n8n 2.8.4 (whose types have no builderHint) and 2.41.1 when those are installed.
 */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { loadPackage, NODE_TYPE } from '../helpers/harness';
import { loadInInstalledN8n } from '../helpers/loadInN8n';
import { warn } from '../helpers/system';

const TRIGGER_TYPE = 'n8n-nodes-pinterest-api.pinterestTrigger';

interface Hinted {
	builderHint?: { searchHint?: string; relatedNodes?: Array<{ nodeType: string }> };
	properties: INodeProperties[];
}

/** Properties of a description at any depth (collections, fixed collections). */
function allProperties(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		const nested = (property.options ?? []).flatMap((option) => {
			if ('values' in option) return allProperties(option.values);
			if ('type' in option) return allProperties([option as INodeProperties]);
			return [];
		});
		return [property, ...nested];
	});
}

describe('builderHint for the AI workflow builder', () => {
	let descriptions: Record<string, Hinted>;
	beforeAll(async () => {
		const { loader } = await loadPackage();
		const types = (loader as { nodeTypes: Record<string, { type: { description: Hinted } }> })
			.nodeTypes;
		descriptions = {
			[NODE_TYPE]: types.pinterest.type.description,
			[TRIGGER_TYPE]: types.pinterestTrigger.type.description,
		};
	});

	it('each node has a search hint without expressions and names the other as related', () => {
		for (const [type, other] of [
			[NODE_TYPE, TRIGGER_TYPE],
			[TRIGGER_TYPE, NODE_TYPE],
		]) {
			const hint = descriptions[type].builderHint;
			expect([type, typeof hint?.searchHint]).toEqual([type, 'string']);
			expect(JSON.stringify(hint)).not.toContain('={{');
			expect(hint?.relatedNodes?.map((related) => related.nodeType)).toEqual([other]);
		}
	});

	it('the action hint names every resource the node offers', () => {
		const description = descriptions[NODE_TYPE];
		const hint = String(description.builderHint?.searchHint).toLowerCase();
		const resources = description.properties.find((p) => p.name === 'resource')
			?.options as INodePropertyOptions[];
		const missing = resources
			.map((resource) => resource.name.toLowerCase())
			.filter((name) => !hint.includes(name));
		expect(missing).toEqual([]);
	});

	it('no resource, operation or mode property has one (n8n-core 2.41 would refuse the node)', () => {
		for (const description of Object.values(descriptions)) {
			const refused = allProperties(description.properties).filter(
				(p) =>
					['resource', 'operation', 'mode'].includes(p.name) &&
					p.type === 'options' &&
					(p as IDataObject).builderHint !== undefined,
			);
			expect(refused.map((p) => p.name)).toEqual([]);
		}
	});

	it.each(['2.8', '2.41'] as const)(
		'the built package loads in the nodes loader of n8n %s, hints included where n8n has them',
		(profile) => {
			const result = loadInInstalledN8n(profile);
			if (result.skipped) {
				warn(`builderHint load check skipped: ${result.skipped}`);
				return;
			}
			expect(result.error).toBeUndefined();
			expect(Object.keys(result.nodes ?? {}).sort()).toEqual([
				'pinterest',
				'pinterestLeadAdsTrigger',
				'pinterestTrigger',
			]);
			expect(result.nodes?.pinterest.version).toEqual([1, 1.1, 1.2]);
			for (const [name, type] of [
				['pinterest', NODE_TYPE],
				['pinterestTrigger', TRIGGER_TYPE],
			]) {
				const loaded = result.nodes?.[name].builderHint?.searchHint;
				expect([name, typeof loaded]).toEqual([name, 'string']);
				expect(loaded).toBe(descriptions[type].builderHint?.searchHint);
			}
		},
		180000,
	);
});
