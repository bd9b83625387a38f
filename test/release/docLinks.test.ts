/*
 * Every relative link and image in README.md and docs/*.md points at a file of the repository, and
 * every #anchor into one of our .md files at one of its headings (GitHub's slugs: lower case, spaces to
 * "-", punctuation other than "-" and "_" dropped, "-1", "-2"… for repeated headings). Links to the web
 * are not followed.
 */
import { fs, path, repoRoot } from '../helpers/system';

/** GitHub's anchor for each heading of a Markdown text, outside code blocks. */
export function headingSlugs(markdown: string): Set<string> {
	const slugs = new Set<string>();
	const seen = new Map<string, number>();
	for (const line of withoutFences(markdown).split('\n')) {
		const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
		if (!heading) continue;
		const base = heading[1]
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/`/g, '')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\s_-]/gu, '')
			.replace(/\s/g, '-');
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		slugs.add(count ? `${base}-${count}` : base);
	}
	return slugs;
}

/** The text without fenced code blocks, where a heading or a link is only text. */
function withoutFences(markdown: string): string {
	return markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, '');
}

/** The text without code blocks and inline code. */
function withoutCode(markdown: string): string {
	return withoutFences(markdown).replace(/`[^`\n]*`/g, '');
}

/** The targets of the links and images of a Markdown text. */
export function linkTargets(markdown: string): string[] {
	const targets: string[] = [];
	for (const match of withoutCode(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g))
		targets.push(match[1]);
	return targets;
}

const pages = [
	'README.md',
	...fs
		.readdirSync(path.join(repoRoot, 'docs'))
		.filter((file) => file.endsWith('.md'))
		.map((file) => `docs/${file}`),
];

describe('links in README.md and docs/', () => {
	it('the slug rules are GitHub’s', () => {
		expect([
			...headingSlugs(
				"# Verified by n8n's own tools\n## Errors & limits\n```\n# not a heading\n```\n## The editor: `npm run test:ui`\n## Errors & limits",
			),
		]).toEqual([
			'verified-by-n8ns-own-tools',
			'errors--limits',
			'the-editor-npm-run-testui',
			'errors--limits-1',
		]);
		expect(
			linkTargets('[a](docs/x.md#y) ![b](images/c.png "t") `[c](not/a/link)` [d](https://e.org)'),
		).toEqual(['docs/x.md#y', 'images/c.png', 'https://e.org']);
	});

	it.each(pages)('%s: every relative link resolves, anchors included', (page) => {
		const text = fs.readFileSync(path.join(repoRoot, page), 'utf8');
		const broken: string[] = [];
		for (const target of linkTargets(text)) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
			const [file, anchor] = target.split('#');
			const resolved = file
				? path.resolve(path.dirname(path.join(repoRoot, page)), decodeURI(file))
				: path.join(repoRoot, page);
			if (!resolved.startsWith(repoRoot) || !fs.existsSync(resolved)) {
				broken.push(`${target}: no such file`);
				continue;
			}
			if (anchor !== undefined && resolved.endsWith('.md')) {
				const slugs = headingSlugs(fs.readFileSync(resolved, 'utf8'));
				if (!slugs.has(anchor)) broken.push(`${target}: no heading #${anchor}`);
			}
		}
		expect(broken).toEqual([]);
	});
});
