/*
 * The example workflows of scripts/examples/ and their copies in README.md's Example workflows section:
 * each file is embedded exactly as JSON.stringify(workflow, null, 2) under a <summary> with its name,
 * has an id `npm run dev` and the e2e can import (at most 21 characters, unique), connects only
 * nodes it has, and names the dev credential wherever a Pinterest node needs one.
 */
import { fs, path, repoRoot } from '../helpers/system';

interface ExampleNode {
	id: string;
	name: string;
	type: string;
	credentials?: Record<string, { id: string; name: string }>;
}
interface ExampleWorkflow {
	id: string;
	name: string;
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}

const dir = path.join(repoRoot, 'scripts', 'examples');
const files = fs
	.readdirSync(dir)
	.filter((file) => file.endsWith('.json'))
	.sort();
const load = (file: string) =>
	JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ExampleWorkflow;
const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(
	readme.indexOf('\n## Example workflows\n'),
	readme.indexOf('\n## ', readme.indexOf('\n## Example workflows\n') + 1),
);
const COUNT = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

describe('example workflows', () => {
	it('are there, and the README says how many `npm run dev` imports', () => {
		expect(files.length).toBeGreaterThan(0);
		expect(section).toContain(`\`npm run dev\` imports all ${COUNT[files.length]}`);
	});

	it.each(files)('%s is embedded in the README as JSON.stringify(x, null, 2)', (file) => {
		const workflow = load(file);
		const block = `<summary>${workflow.name}</summary>\n\n\`\`\`json\n${JSON.stringify(workflow, null, 2)}\n\`\`\``;
		expect(section).toContain(block);
	});

	it('have unique ids of at most 21 characters, and unique node ids', () => {
		const workflows = files.map(load);
		const ids = workflows.map((workflow) => workflow.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{1,21}$/);
		const nodeIds = workflows.flatMap((workflow) => workflow.nodes.map((node) => node.id));
		expect(new Set(nodeIds).size).toBe(nodeIds.length);
	});

	it('name the dev credential on every Pinterest node', () => {
		for (const workflow of files.map(load)) {
			for (const node of workflow.nodes.filter((n) =>
				n.type.startsWith('n8n-nodes-pinterest-api.'),
			))
				expect({ node: node.name, credentials: node.credentials }).toEqual({
					node: node.name,
					credentials: {
						pinterestApi: { id: 'devPinterestToken', name: 'Pinterest (simulator, access token)' },
					},
				});
		}
	});

	it.each(files)('%s connects only nodes it has, with our credential types', (file) => {
		const example = load(file);
		const names = new Set(example.nodes.map((node) => node.name));
		for (const [from, outputs] of Object.entries(example.connections)) {
			expect([file, from, names.has(from)]).toEqual([file, from, true]);
			for (const target of outputs.main.flat())
				expect([file, target.node, names.has(target.node)]).toEqual([file, target.node, true]);
		}
		const credentialTypes = example.nodes.flatMap((node) => Object.keys(node.credentials ?? {}));
		for (const type of credentialTypes)
			expect(['pinterestApi', 'pinterestOAuth2Api', 'pinterestFeedLocationApi']).toContain(type);
	});
});
