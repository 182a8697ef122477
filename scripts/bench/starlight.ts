/**
 * The comparison baseline: the same plan text as a stock Starlight site. Generated from the project's
 * own content into a temporary folder (never into the repository): the full text of content/plan/*.mdx
 * rendered to Markdown as /plan/, a page per annex task at /tasks/N/, and a home page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseHtml } from 'node-html-parser';
import { stringify as stringifyYaml } from 'yaml';
import type { Content } from '../../src/content-reader/read-content.ts';
import { textOf } from '../../src/plan/clauses.ts';
import { actionHeading, measureHeading, parseAnchor } from '../../src/plan/anchors.ts';
import { linkNodeModules } from './build.ts';

interface MdNode {
	type: string;
	name?: string | null;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: MdNode[];
}

function parseMdx(source: string): MdNode {
	source = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
	return fromMarkdown(source, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as MdNode;
}

function attr(node: MdNode, name: string): string | number | undefined {
	const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
	if (!a) return undefined;
	if (a.value && typeof a.value === 'object' && 'value' in a.value) return Number((a.value as { value: unknown }).value);
	return typeof a.value === 'string' ? a.value : undefined;
}

/** Escapes what Markdown would read as syntax in a line of plain text. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/([\\`*_[\]<>{}#|~])/g, '\\$1')
		.replace(/^(\d+)\.(\s)/, '$1\\.$2')
		.replace(/^([-+])(\s)/, '\\$1$2');
}

/**
 * The full text of the plan as Markdown: every paragraph of content/plan/document.mdx with the
 * actions placed where <Actions /> stands, and the headings the site renders (sections, clauses,
 * （一）action headings, 1. measure headings). The text, not the components.
 */
export function planMarkdown(contentDir: string, content: Content): string {
	const out: string[] = [];
	const actionSource = (id: string) => fs.readFileSync(path.join(contentDir, 'plan', 'actions', `${id}.mdx`), 'utf8');
	const walk = (node: MdNode) => {
		for (const child of node.children ?? []) {
			if (child.type === 'paragraph') {
				out.push(escapeMarkdown(textOf(child as Parameters<typeof textOf>[0]).replace(/\s*\n\s*/g, '')));
				continue;
			}
			if (child.type !== 'mdxJsxFlowElement') continue;
			switch (child.name) {
				case 'Section':
				case 'Clause':
					out.push(`${'#'.repeat(Number(attr(child, 'level')))} ${escapeMarkdown(String(attr(child, 'title')))}`);
					break;
				case 'Measure': {
					const ref = parseAnchor(String(attr(child, 'id')));
					const measure = ref && content.actions.find((a) => a.id === ref.action)?.measures[ref.measure - 1];
					if (ref && measure) out.push(`##### ${escapeMarkdown(measureHeading(ref.measure, measure.title))}`);
					break;
				}
				case 'Actions':
					for (const a of content.actions) {
						out.push(`#### ${escapeMarkdown(actionHeading(a.id, a.title))}`);
						walk(parseMdx(actionSource(a.id)));
					}
					break;
			}
			walk(child);
		}
	};
	walk(parseMdx(fs.readFileSync(path.join(contentDir, 'plan', 'document.mdx'), 'utf8')));
	return out.join('\n\n') + '\n';
}

const frontmatter = (data: Record<string, unknown>) => `---\n${stringifyYaml(data)}---\n\n`;

/** A task page with what this site's task page shows: units, the annex wording, the body text it restates. */
export function taskMarkdown(content: Content, number: number): string {
	const t = content.tasks.find((x) => x.number === number)!;
	const ref = parseAnchor(t.clause)!;
	const action = content.actions.find((a) => a.id === ref.action)!;
	const measure = action.measures[ref.measure - 1]!;
	const clause = content.clauses.find((c) => c.id === t.clause)!;
	const where = `${actionHeading(action.id, action.title)} ${measureHeading(ref.measure, measure.title)}`;
	return (
		[
			frontmatter({ title: `任务 ${t.number}`, description: `附件重点任务分解表第 ${t.number} 项`, sidebar: { order: t.number } }),
			`${escapeMarkdown(where)}`,
			`**牵头单位**：${escapeMarkdown(t.lead)}`,
			`**责任单位**：${t.units.length ? escapeMarkdown(t.units.join('、')) : '原表无法辨认'}`,
			'## 分解表原文',
			`> ${escapeMarkdown(t.text)}`,
			`出自：附件 重点任务分解表，序号 ${t.number}`,
			'## 对应的方案正文',
			clause.paragraphs.map((p) => `> ${escapeMarkdown(p)}`).join('\n>\n'),
			`出自：[方案全文 ${escapeMarkdown(where)}](/plan/)`,
		].join('\n\n') + '\n'
	);
}

/**
 * Writes a Starlight project for the content into `dir` (a temporary folder). Its packages are links to
 * the project's, where @astrojs/starlight is a pinned devDependency; build it with linkedAstroBuild
 * (build.ts).
 */
export function writeStarlightProject(dir: string, repoRoot: string, contentDir: string, content: Content): void {
	fs.rmSync(dir, { recursive: true, force: true });
	const docs = path.join(dir, 'src', 'content', 'docs');
	fs.mkdirSync(path.join(docs, 'tasks'), { recursive: true });
	linkNodeModules(repoRoot, dir);
	// Astro bundles the integrations it finds among the dependencies; the versions are the project's pins.
	const pins = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;
	const dependencies = { '@astrojs/starlight': pins['@astrojs/starlight'], astro: pins.astro };
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'kaifu-starlight-baseline', private: true, type: 'module', dependencies }, null, '\t'));
	fs.writeFileSync(
		path.join(dir, 'astro.config.mjs'),
		`// Generated by scripts/bench/starlight.ts: a stock Starlight site with the plan's text.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	// The packages are links to the project's; module paths stay inside this root (with node --preserve-symlinks).
	vite: { resolve: { preserveSymlinks: true } },
	integrations: [
		starlight({
			title: ${JSON.stringify(content.site.name)},
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			sidebar: [
				{ label: '方案全文', link: '/plan/' },
				{ label: '重点任务分解表', items: [{ autogenerate: { directory: 'tasks' } }] },
			],
		}),
	],
});
`,
	);
	fs.writeFileSync(
		path.join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	const d = content.document;
	fs.writeFileSync(
		path.join(docs, 'index.md'),
		frontmatter({ title: content.site.name, description: d.title }) +
			[
				escapeMarkdown(`《${d.title}》`),
				`| 文号 | 发文机关 | 印发日期 |\n| --- | --- | --- |\n| ${escapeMarkdown(d.number)} | ${escapeMarkdown(d.issuers.join('、'))} | ${escapeMarkdown(d.dateText)} |`,
				'- [方案全文](/plan/)',
				...content.actions.map((a) => `- ${escapeMarkdown(actionHeading(a.id, a.title))}`),
				`- [重点任务分解表（${content.tasks.length} 项）](/tasks/1/)`,
			].join('\n\n') +
			'\n',
	);
	fs.writeFileSync(path.join(docs, 'plan.md'), frontmatter({ title: '方案全文', description: d.title }) + planMarkdown(contentDir, content));
	for (const t of content.tasks) fs.writeFileSync(path.join(docs, 'tasks', `${t.number}.md`), taskMarkdown(content, t.number));
}

/**
 * Checks that the built Starlight /plan/ shows every paragraph of the official text (spaces aside),
 * so that the baseline carries the same text as the site. Returns the ids of clauses missing from it.
 */
export function missingFromStarlightPlan(dist: string, content: Content): string[] {
	const html = fs.readFileSync(path.join(dist, 'plan', 'index.html'), 'utf8');
	const text = parseHtml(html).querySelector('main')?.text.replace(/\s+/g, '') ?? '';
	return content.clauses.filter((c) => c.paragraphs.some((p) => !text.includes(p.replace(/\s+/g, '')))).map((c) => c.id);
}
