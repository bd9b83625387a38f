/*
 * Every example workflow in scripts/examples/ is in the README exactly as the file holds it
 * (formatted with JSON.stringify(..., 2)), under a summary with its name, and uses only node types
 * and credentials that exist: a README copy that drifted from the file would paste a different
 * workflow than the one `npm run dev` imports.
 */
import { fs, path, repoRoot } from '../helpers/system';

const EXAMPLES = path.join(repoRoot, 'scripts', 'examples');
const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const files = fs.readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));

interface Example {
	id: string;
	name: string;
	nodes: Array<{ name: string; type: string; credentials?: Record<string, unknown> }>;
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}

describe('README example workflows', () => {
	it('has the example files', () => {
		expect(files.length).toBeGreaterThanOrEqual(4);
	});

	it.each(files)('%s is embedded in the README as it is', (file) => {
		const example = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as Example;
		expect(readme).toContain(`<summary>${example.name}</summary>`);
		expect(readme).toContain('```json\n' + JSON.stringify(example, null, 2) + '\n```');
	});

	it.each(files)('%s connects only nodes it has, with known credential types', (file) => {
		const example = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as Example;
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
