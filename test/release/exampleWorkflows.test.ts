/*
 * The example workflows in examples/ and the README's table of them: every file is a row that names it
 * (as a link to the file) and the credential its Pinterest nodes need, and no row names a file that is
 * not there. Each file has an id `npm run dev` and the e2e can import (at most 21 characters, unique),
 * connects only nodes it has, and names the dev credential wherever a Pinterest node needs one.
 */
import { fs, path, repoRoot } from '../helpers/system';

interface ExampleNode {
	id: string;
	name: string;
	type: string;
	parameters?: { authentication?: string };
	credentials?: Record<string, { id: string; name: string }>;
}
interface ExampleWorkflow {
	id: string;
	name: string;
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}

const dir = path.join(repoRoot, 'examples');
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
/** The table's rows: the file each links to, and its credential cell. */
const rows = section
	.split('\n')
	.filter((line) => line.startsWith('| ['))
	.map((line) => {
		const cells = line.split('|').map((cell) => cell.trim());
		const link = /\]\(examples\/([^)]+)\)/.exec(cells[1]);
		return { file: link ? link[1] : cells[1], credential: cells[3] ?? '' };
	});
const COUNT = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const CREDENTIAL_NAMES: Record<string, string> = {
	pinterestApi: 'Pinterest Access Token API',
	pinterestOAuth2Api: 'Pinterest OAuth2 API',
	pinterestFeedLocationApi: 'Pinterest Feed Location API',
};
const pinterestNodes = (workflow: ExampleWorkflow) =>
	workflow.nodes.filter((node) => node.type.startsWith('n8n-nodes-pinterest-api.'));

describe('example workflows', () => {
	it('are there, and the README says how many `npm run dev` imports', () => {
		expect(files.length).toBeGreaterThan(0);
		expect(section).toContain(`\`npm run dev\` imports all ${COUNT[files.length]}`);
	});

	it('are each one row of the README table, which names no missing file', () => {
		expect(rows.map((row) => row.file).sort()).toEqual(files);
	});

	it.each(files)('%s: its README row names the credential its Pinterest nodes need', (file) => {
		const row = rows.find((r) => r.file === file);
		const needed = [
			...new Set(pinterestNodes(load(file)).flatMap((node) => Object.keys(node.credentials ?? {}))),
		];
		if (needed.length === 0)
			expect({ file, credential: row?.credential }).toEqual({ file, credential: 'none' });
		// The examples are saved with the access-token credential; OAuth2 works as well, so the row names both.
		for (const type of needed.includes('pinterestApi')
			? ['pinterestApi', 'pinterestOAuth2Api']
			: needed)
			expect({ file, credential: row?.credential }).toEqual({
				file,
				credential: expect.stringContaining(CREDENTIAL_NAMES[type]),
			});
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
			for (const node of pinterestNodes(workflow))
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
