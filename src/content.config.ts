/**
 * Content collections. The schemas live in src/schemas/ (plain modules, so tests import them);
 * reading and cross-checking live in src/content-reader/read-content.ts. Every loader throws on any problem
 * in any content file, naming the file, the entry and the field, so the build stops.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { clauseSchema } from './schemas/clause.ts';
import { actionSchema } from './schemas/action.ts';
import { departmentSchema } from './schemas/department.ts';
import { planSchema } from './schemas/plan.ts';
import { siteSchema } from './schemas/site.ts';
import { documentSchema } from './schemas/document.ts';
import { taskSchema } from './schemas/task.ts';
import { supportSchema } from './schemas/support.ts';
import { targetSchema } from './schemas/target.ts';
import { contentDir, loadContent, type Content } from './content-reader/read-content.ts';
import { outreachEntrySchema } from './schemas/outreach.ts';
import { framingSchema } from './schemas/framing.ts';
import { vocabularyGroupSchema } from './schemas/vocabulary.ts';

/** Path, mtime and size of every file under `dir`: it changes whenever a content file does ('' when `dir` cannot be read). */
function contentStamp(dir: string): string {
	let files: string[];
	try {
		files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
	} catch {
		return '';
	}
	return files
		.map((rel) => {
			const st = fs.statSync(path.join(dir, rel), { throwIfNoEntry: false });
			return st?.isFile() ? `${rel}\0${st.mtimeMs}\0${st.size}` : '';
		})
		.join('\n');
}

/**
 * The checked content, read once for all the collections below: every loader would otherwise read
 * and check all of content/ again. Keyed on the folder, the root and the files' stamp, so that dev
 * reloads after an edit; a failure is not kept, so every loader throws the same ContentError.
 */
let cached: { key: string; content: Content } | undefined;
function loadContentOnce(dir: string, root: string): Content {
	const key = `${dir}\0${root}\0${contentStamp(dir)}`;
	if (cached?.key === key) return cached.content;
	cached = undefined;
	const content = loadContent(dir, root);
	cached = { key, content };
	return content;
}

/** A loader that stores one kind of entry from the checked content. */
function contentLoader(name: string, entries: (c: Content) => Array<{ id: string; data: Record<string, unknown> }>): Loader {
	return {
		name: `kaifu-${name}`,
		load: async ({ store, config, parseData, watcher }) => {
			const root = fileURLToPath(config.root);
			const dir = contentDir(root);
			const content = loadContentOnce(dir, root);
			store.clear();
			for (const e of entries(content)) {
				store.set({ id: e.id, data: await parseData({ id: e.id, data: e.data }) });
			}
			watcher?.add(dir);
		},
	};
}

/** A collection of one kind of entry from the checked content, stored through its schema. */
const collection = <S extends z.ZodType>(name: string, entries: (c: Content) => Array<{ id: string; data: Record<string, unknown> }>, schema: S) =>
	defineCollection({ loader: contentLoader(name, entries), schema });

const plan = defineCollection({
	loader: glob({ base: path.join(contentDir(), 'plan'), pattern: '**/*.mdx' }),
	schema: planSchema,
});

const actions = collection('actions', (c) => c.actions.map((a) => ({ id: a.id, data: a })), actionSchema);

const tasks = collection('tasks', (c) => c.tasks.map((t) => ({ id: String(t.number), data: t })), taskSchema);

const departments = collection('departments', (c) => c.departments.map((d) => ({ id: d.name, data: d })), departmentSchema);

/** Every anchored part of the official text, in reading order (see src/plan/clauses.ts). */
const clauses = collection('clauses', (c) => c.clauses.map((cl, order) => ({ id: cl.id, data: { ...cl, order } })), clauseSchema);

/** Quantified and dated commitments (content/targets.yaml), checked against the text and the annex. */
const targets = collection('targets', (c) => c.targets.map((t) => ({ id: t.id, data: t })), targetSchema);

/** Site settings (content/site.yaml), one entry "site". */
const site = collection('site', (c) => [{ id: 'site', data: c.site }], siteSchema);

/** Document metadata (content/document.yaml), one entry "document". */
const document = collection('document', (c) => [{ id: 'document', data: c.document }], documentSchema);

/** Support measures (content/supports.yaml), checked by src/support/check.ts; `order` is their place in the file. */
const supports = collection('supports', (c) => c.supports.map((s, order) => ({ id: s.id, data: { ...s, order } })), supportSchema.extend({ order: z.number() }));

/** Links for the 科普 hub (content/outreach.yaml), checked by src/outreach/check.ts; `order` is their place in the file. */
const outreach = collection('outreach', (c) => c.outreach.map((link, order) => ({ id: link.id, data: { ...link, order } })), outreachEntrySchema);

/** The site's own sentences about the plan (content/framing.yaml), checked against the official text. */
const framing = collection('framing', (c) => c.framing.map((f) => ({ id: f.id, data: f })), framingSchema);

/** 常用说法对照 (content/vocabulary.yaml), one entry "vocabulary", checked by src/search/vocabulary-check.ts. */
const vocabulary = collection('vocabulary', (c) => [{ id: 'vocabulary', data: { ...c.vocabulary } }], z.object({ fillers: z.array(z.string()), groups: z.array(vocabularyGroupSchema) }));

export const collections = { plan, actions, tasks, departments, clauses, targets, site, document, supports, outreach, framing, vocabulary };
