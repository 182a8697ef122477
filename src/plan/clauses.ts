/**
 * The clause index: every anchored part of the official text (sections, measures, ①–④ items,
 * paragraphs) with its text, read from the MDX sources. It is what task pages quote, what the
 * build checks clause references against, and what the table of contents lists.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Action } from '../schemas/action.ts';
import type { ClauseKind } from '../schemas/clause.ts';
import type { ContentProblem } from '../content-reader/problems.ts';
import { actionHeading, anchor, circledNumber, measureHeading } from './anchors.ts';

export type { ClauseKind };

export interface Clause {
	id: string;
	kind: ClauseKind;
	/** The heading text as rendered (sections, clauses, actions, measures). */
	title?: string;
	/** Heading level on /plan/ (sections, clauses, actions, measures). */
	level?: number;
	/** The official text under the clause, one string per paragraph (headings excluded). */
	paragraphs: string[];
	/** Id of the enclosing clause, if any. */
	parent?: string;
	/** The MDX file the text is in, relative to the project root. */
	file: string;
}

/** The components an MDX file of the official text may use, and what each needs. */
export const officialComponents = ['Masthead', 'DocNumber', 'Addressee', 'Signature', 'Section', 'Clause', 'P', 'Measure', 'Item', 'Actions'] as const;
type ComponentName = (typeof officialComponents)[number];

/** Heading level of action headings and measure headings on /plan/. */
export const PLAN_ACTION_LEVEL = 4;
export const PLAN_MEASURE_LEVEL = 5;

interface MdNode {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: MdNode[];
	position?: { start: { line: number } };
}

export interface PlanSources {
	/** content/plan/document.mdx: path and source. */
	document: { file: string; source: string };
	/** content/plan/actions/N.mdx by action id. */
	actions: Map<string, { file: string; source: string }>;
	/** The path of content/actions.yaml as problems name it (the file the actions were read from). */
	actionsFile: string;
}

function parse(source: string): MdNode {
	// Frontmatter is blanked out (keeping line numbers); it is validated by the collection schema.
	source = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (fm) => fm.replace(/[^\n]/g, ''));
	return fromMarkdown(source, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as MdNode;
}

/**
 * The MDX syntax error of a source (an unclosed tag or `{`, a stray `<`), as a problem naming the file, the
 * line and the column; undefined when the source parses. The MDX parser's own error names neither the file
 * nor, in Astro's report, the line.
 */
export function mdxSyntaxProblem(source: string, file: string): ContentProblem | undefined {
	try {
		parse(source);
		return undefined;
	} catch (e) {
		const err = e as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } } };
		const line = err.line ?? err.place?.line ?? err.place?.start?.line;
		const column = err.column ?? err.place?.column ?? err.place?.start?.column;
		const reason = (err.reason ?? err.message ?? String(e)).split('\n')[0]!.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)$/, '');
		return { file, ...(line ? { entry: `line ${line}${column ? `, column ${column}` : ''}` } : {}), message: `MDX syntax error: ${reason}` };
	}
}

function attr(node: MdNode, name: string): unknown {
	const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
	if (!a) return undefined;
	if (a.value && typeof a.value === 'object' && 'value' in a.value) {
		// An expression such as {3}: only plain numbers are allowed.
		const raw = String((a.value as { value: unknown }).value).trim();
		return /^\d+$/.test(raw) ? Number(raw) : raw;
	}
	return a.value;
}

/** The plain text of a node: text values joined, JSX elements descended into. */
export function textOf(node: MdNode): string {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

/** Builds the clause index from the MDX sources and the actions data, collecting every problem. */
export function buildClauseIndex(sources: PlanSources, actions: Action[]): { clauses: Clause[]; problems: ContentProblem[] } {
	const clauses: Clause[] = [];
	const problems: ContentProblem[] = [];
	const seen = new Map<string, string>();
	let actionsPlaced = 0;

	const add = (c: Clause, line?: number) => {
		const prev = seen.get(c.id);
		if (prev) {
			problems.push({ file: c.file, entry: `line ${line ?? '?'}`, field: 'id', message: `duplicate anchor id "${c.id}" (also in ${prev})` });
			return;
		}
		seen.set(c.id, c.file);
		clauses.push(c);
	};

	/** Collects paragraph texts below a node; registers nested clauses along the way. */
	const walk = (node: MdNode, file: string, parent: Clause | undefined, ctx: { action?: Action; measure?: { n: number; items: number }; blocks?: { measures: number } }): string[] => {
		const paragraphs: string[] = [];
		for (const child of node.children ?? []) {
			if (child.type === 'paragraph') {
				for (const inline of (child.children ?? []).filter((c) => c.type.startsWith('mdxJsx'))) {
					problems.push({
						file,
						entry: `line ${child.position?.start.line} <${inline.name ?? ''}>`,
						message: 'components must stand on lines of their own, with blank lines around them, not inside a paragraph',
					});
				}
				paragraphs.push(textOf(child).replace(/\s*\n\s*/g, ''));
				continue;
			}
			if (child.type === 'mdxjsEsm' || child.type === 'mdxFlowExpression') {
				problems.push({ file, entry: `line ${child.position?.start.line}`, message: 'imports, exports and expressions are not allowed in the official text' });
				continue;
			}
			if (child.type !== 'mdxJsxFlowElement') {
				problems.push({ file, entry: `line ${child.position?.start.line}`, message: `unsupported Markdown (${child.type}); use plain paragraphs and the documented components` });
				continue;
			}
			const name = child.name ?? '';
			const line = child.position?.start.line;
			const where = { file, entry: `line ${line} <${name}>` };
			if (!(officialComponents as readonly string[]).includes(name)) {
				problems.push({ ...where, message: `unknown component; allowed: ${officialComponents.join(', ')}` });
				continue;
			}
			const id = attr(child, 'id');
			const component = name as ComponentName;
			switch (component) {
				case 'Masthead':
				case 'DocNumber':
				case 'Addressee':
				case 'Signature':
					paragraphs.push(...walk(child, file, parent, ctx));
					break;
				case 'Actions': {
					actionsPlaced++;
					for (const action of actions) {
						const src = sources.actions.get(action.id);
						const heading: Clause = {
							id: anchor.action(action.id),
							kind: 'action',
							title: actionHeading(action.id, action.title),
							level: PLAN_ACTION_LEVEL,
							paragraphs: [],
							file: src?.file ?? file,
							...(parent ? { parent: parent.id } : {}),
						};
						add(heading, line);
						if (!src) {
							problems.push({ file: sources.actionsFile, entry: `action ${action.id}`, message: `no file content/plan/actions/${action.id}.mdx holds its text` });
							continue;
						}
						const blocks = { measures: 0 };
						heading.paragraphs = walk(parse(src.source), src.file, heading, { action, blocks });
						paragraphs.push(...heading.paragraphs);
						const found = blocks.measures;
						if (found !== action.measures.length) {
							problems.push({ file: src.file, field: 'Measure', message: `has ${found} <Measure> blocks but content/actions.yaml lists ${action.measures.length} measures for action ${action.id}` });
						}
					}
					break;
				}
				case 'Section':
				case 'Clause':
				case 'P':
				case 'Measure':
				case 'Item': {
					if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
						problems.push({ ...where, field: 'id', message: 'needs an id of lowercase ASCII letters, digits and hyphens' });
						break;
					}
					const clause: Clause = { id, kind: 'paragraph', paragraphs: [], file, ...(parent ? { parent: parent.id } : {}) };
					let inner = ctx;
					if (component === 'Section' || component === 'Clause') {
						const title = attr(child, 'title');
						const level = attr(child, 'level');
						if (typeof title !== 'string' || !title) problems.push({ ...where, field: 'title', message: 'is required' });
						if (typeof level !== 'number' || level < 2 || level > 6) problems.push({ ...where, field: 'level', message: 'must be a number from 2 to 6' });
						clause.kind = component === 'Section' ? 'section' : 'clause';
						clause.title = String(title ?? '');
						clause.level = Number(level);
					} else if (component === 'Measure') {
						if (!ctx.action) {
							problems.push({ ...where, field: 'id', message: '<Measure> belongs in content/plan/actions/N.mdx' });
							break;
						}
						// The block counts, and the numbering goes on, even when its id is wrong: one mistake, one problem.
						if (ctx.blocks) ctx.blocks.measures++;
						const n = (ctx.measure?.n ?? 0) + 1;
						const expected = anchor.measure(ctx.action.id, n);
						ctx.measure = { n, items: 0 };
						const measure = ctx.action.measures[n - 1];
						if (id !== expected || !measure) {
							problems.push({
								...where,
								field: 'id',
								message:
									id !== expected
										? `expected "${expected}" (measures are numbered in order within action ${ctx.action.id})`
										: `action ${ctx.action.id} has only ${ctx.action.measures.length} measures in content/actions.yaml`,
							});
							walk(child, file, parent, { action: ctx.action, measure: ctx.measure });
							break;
						}
						inner = { action: ctx.action, measure: ctx.measure };
						clause.kind = 'measure';
						clause.title = measureHeading(n, measure.title);
						clause.level = PLAN_MEASURE_LEVEL;
					} else if (component === 'Item') {
						const m = ctx.measure;
						const expected = ctx.action && m ? anchor.item(ctx.action.id, m.n, m.items + 1) : undefined;
						if (m) m.items++; // count it even when wrong, so that one mistake is reported once
						if (!expected || id !== expected) {
							problems.push({ ...where, field: 'id', message: expected ? `expected "${expected}" (items are numbered in order within their measure)` : '<Item> belongs inside a <Measure>' });
							break;
						}
						clause.kind = 'item';
					}
					add(clause, line);
					clause.paragraphs = walk(child, file, clause, inner);
					if (clause.kind === 'item' && !clause.paragraphs[0]?.startsWith(circledNumber(ctx.measure!.items))) {
						problems.push({ ...where, message: `item text must start with ${circledNumber(ctx.measure!.items)}` });
					}
					paragraphs.push(...clause.paragraphs);
					break;
				}
			}
		}
		return paragraphs;
	};

	walk(parse(sources.document.source), sources.document.file, undefined, {});
	if (actionsPlaced !== 1) {
		problems.push({ file: sources.document.file, field: 'Actions', message: `<Actions /> must appear exactly once (found ${actionsPlaced})` });
	}
	for (const [id, src] of sources.actions) {
		if (!actions.some((a) => a.id === id)) problems.push({ file: src.file, message: `action ${id} is not in content/actions.yaml` });
	}
	return { clauses, problems };
}

/**
 * The body text of a clause: its paragraphs joined, without its heading. What targets and supports
 * quote and what the wording report compares tasks with.
 */
export function clauseBody(c: Pick<Clause, 'paragraphs'>): string {
	return c.paragraphs.join('');
}

/** The full text of a clause, its title first where it has one (as a reader sees it). */
export function clauseText(c: Clause): string {
	return (c.title ?? '') + c.paragraphs.join('');
}
