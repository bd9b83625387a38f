/**
 * Hints for n8n's AI workflow builder (builderHint, n8n 2.x): both nodes carry node-level hints
 * that name each other, never on a resource/operation/mode property (n8n-core 2.41 refuses to
 * load such a node) and never with an expression. The action node's tool variant (Pinterest Tool,
 * made by n8n for AI Agents) gets a hint of its own through usableAsTool.replacements, naming the
 * AI Agent instead of the trigger, and nothing else replaced. The built package loads in the
 * nodes loader of real n8n 2.8.4 (whose types have no builderHint) and 2.41.1 when those are
 * installed, and their own tool generation makes the tool variant with that hint.
 */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { loadPackage, NODE_TYPE } from '../helpers/harness';
import { loadInInstalledN8n } from '../helpers/loadInN8n';
import { warn } from '../helpers/system';

const TRIGGER_TYPE = 'n8n-nodes-pinterest-api.pinterestTrigger';
const AGENT_TYPE = '@n8n/n8n-nodes-langchain.agent';

interface Hint {
	searchHint?: string;
	relatedNodes?: Array<{ nodeType: string }>;
}
interface Hinted {
	builderHint?: Hint;
	usableAsTool?: true | { replacements?: { builderHint?: Hint } };
	description: string;
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

	it('the action and tool hints name every resource the node offers', () => {
		const description = descriptions[NODE_TYPE];
		const resources = description.properties.find((p) => p.name === 'resource')
			?.options as INodePropertyOptions[];
		const toolHint = (description.usableAsTool as { replacements: { builderHint: Hint } })
			.replacements.builderHint;
		for (const searchHint of [description.builderHint?.searchHint, toolHint.searchHint]) {
			const hint = String(searchHint).toLowerCase();
			const missing = resources
				.map((resource) => resource.name.toLowerCase())
				.filter((name) => !hint.includes(name));
			expect(missing).toEqual([]);
		}
	});

	it('the tool variant replaces only the builder hint: one for an AI Agent tool, naming the agent', () => {
		const { usableAsTool, builderHint } = descriptions[NODE_TYPE];
		// n8n runs a tool made from the plain description: only what the builder reads is replaced
		expect(Object.keys(usableAsTool as object)).toEqual(['replacements']);
		const replacements = (usableAsTool as { replacements: Record<string, unknown> }).replacements;
		expect(Object.keys(replacements)).toEqual(['builderHint']);
		const toolHint = replacements.builderHint as Hint;
		expect(toolHint.searchHint).toMatch(
			/^A tool for an AI Agent: connect it to the agent's Tool input\./,
		);
		expect(toolHint.searchHint).not.toBe(builderHint?.searchHint);
		expect(JSON.stringify(toolHint)).not.toContain('={{');
		expect(toolHint.relatedNodes?.map((related) => related.nodeType)).toEqual([AGENT_TYPE]);
		// the trigger's hint offers the action node, not the tool
		expect(descriptions[TRIGGER_TYPE].usableAsTool).toBeUndefined();
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
			// n8n's tool generation: one tool variant, with the tool hint and the node's own
			// description (the default of the tool's Description, as the tool that runs has it)
			const node = descriptions[NODE_TYPE];
			const toolHint = (node.usableAsTool as { replacements: { builderHint: Hint } }).replacements
				.builderHint;
			expect(Object.keys(result.tools ?? {})).toEqual(['pinterestTool']);
			const tool = result.tools?.pinterestTool;
			expect(tool).toEqual({
				displayName: 'Pinterest Tool',
				outputs: ['ai_tool'],
				usableAsTool: null,
				builderHint: toolHint,
				description: node.description,
				toolDescriptionDefault: node.description,
			});
		},
		180000,
	);
});
