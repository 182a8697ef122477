/**
 * Draws the image models (model.ts) as PNG at build time: satori lays the runs out as SVG with the
 * text as paths (font: font.ts), @resvg/resvg-js rasterises it. Nothing is fetched. Each PNG is
 * cached under node_modules/.cache/kaifu-images by a hash of what it shows and of the renderer's
 * versions, so a repeat build draws only what changed; writes go through a temporary file and a
 * rename, so parallel builds never read half a file. Rasterising runs on libuv's thread pool
 * (renderAsync), so images drawn together use every core.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { fontsFor, FONT_FAMILY } from './font.ts';
import { lineText, type Card, type Line, type Run, type TujieModel } from './model.ts';

/** Bump when the layout changes, so cached images are redrawn. */
const LAYOUT_VERSION = 1;

const require = createRequire(import.meta.url);
const versions = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans-sc'].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`).join(' ');

type Style = Record<string, string | number>;
export interface El {
	type: string;
	props: { style?: Style; children?: Array<El | string> | string };
}

/** A flex box (satori lays out with flexbox; every box with several children must be one). */
function box(style: Style, ...children: Array<El | string | false | undefined>): El {
	return { type: 'div', props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children: children.filter((c): c is El | string => Boolean(c)) } };
}

/** A run of text in a style. */
function text(t: string, style: Style = {}): El {
	return { type: 'div', props: { style: { display: 'flex', ...style }, children: t } };
}

const line = (l: Line) => lineText(l);

/** Colours: the site's red and ink; contrast ≥ 4.5:1 on white and on red. */
const red = '#a61b1b';
const ink = '#1a1a1a';
const grey = '#4a4a4a';
const paleRed = '#fbeaea';
const rule = '#e3c9c9';

/** Every text of an element tree, for font selection. */
export function allText(el: El | string): string {
	if (typeof el === 'string') return el;
	const c = el.props.children;
	if (c === undefined) return '';
	return typeof c === 'string' ? c : c.map(allText).join('\n');
}

function section(title: string, ...children: Array<El | false | undefined>): El {
	return box(
		{ flexDirection: 'column', padding: '28px 36px 8px', gap: 14 },
		box({ alignItems: 'center', gap: 12 }, box({ width: 10, height: 34, background: red }), text(title, { fontSize: 32, fontWeight: 700, color: red })),
		...children,
	);
}

/** The long 一图读懂 image, 750 px wide. */
export function tujieTree(m: TujieModel, siteName: string): El {
	const maxLead = Math.max(...m.leads.map((l) => Number(l.tasks.text)));
	return box(
		{ flexDirection: 'column', width: 750, background: '#ffffff', fontFamily: FONT_FAMILY, color: ink },
		box(
			{ flexDirection: 'column', background: red, color: '#ffffff', padding: '36px 36px 30px', gap: 14 },
			text(m.kicker.text, { fontSize: 26, fontWeight: 700, letterSpacing: 4, border: '2px solid #ffffff', padding: '2px 14px', alignSelf: 'flex-start' }),
			text(m.title.text, { fontSize: 38, fontWeight: 700, lineHeight: 1.35 }),
			text(line(m.meta), { fontSize: 20, lineHeight: 1.5 }),
		),
		section(
			`主要工作目标（${m.goalsLead.text}）`.replace(/\s+/g, ' '),
			box(
				{ flexWrap: 'wrap', gap: 14 },
				...m.goals.map((g) =>
					box(
						{ flexDirection: 'column', width: 332, background: paleRed, borderRadius: 10, padding: '14px 16px', gap: 6 },
						g.figure && text(g.figure.text, { fontSize: 42, fontWeight: 700, color: red }),
						text(g.goal.text, { fontSize: 21, lineHeight: 1.45 }),
					),
				),
			),
		),
		section(
			'五大行动',
			text(line(m.actionsIntro), { fontSize: 22, color: grey }),
			...m.actions.map((a) =>
				box(
					{ flexDirection: 'column', border: `2px solid ${rule}`, borderRadius: 10, padding: '14px 16px', gap: 10 },
					text(a.heading.text, { fontSize: 25, fontWeight: 700, color: red, lineHeight: 1.4 }),
					box({ flexWrap: 'wrap', gap: 8 }, ...a.measures.map((r) => text(r.text, { fontSize: 20, background: '#f3f3f3', borderRadius: 6, padding: '4px 10px' }))),
					text(line(a.facts), { fontSize: 20, color: grey }),
				),
			),
		),
		section(
			'各牵头单位承担的任务（项）',
			...m.leads.map((l) =>
				box(
					{ alignItems: 'center', gap: 12 },
					text(l.unit.text, { fontSize: 20, width: 240, justifyContent: 'flex-end', textAlign: 'right' }),
					box({ width: Math.max(8, Math.round((360 * Number(l.tasks.text)) / maxLead)), height: 22, background: red, borderRadius: 4 }),
					text(l.tasks.text, { fontSize: 20, fontWeight: 700 }),
				),
			),
		),
		section(
			'惠企政策：原文写明的金额',
			...m.supports.map((s) =>
				box(
					{ flexDirection: 'column', background: paleRed, borderRadius: 10, padding: '14px 16px', gap: 6 },
					box(
						{ alignItems: 'baseline', gap: 14, flexWrap: 'wrap' },
						text(s.amount.text, { fontSize: 40, fontWeight: 700, color: red }),
						text(`${s.title.text}（${s.kind.text}）`, { fontSize: 22, fontWeight: 700 }),
					),
					s.condition && text(`原文：${s.condition.text}`, { fontSize: 19, color: grey, lineHeight: 1.45 }),
				),
			),
			text(`奖励对象：${m.supportsNote.text}`, { fontSize: 19, color: grey, lineHeight: 1.45 }),
		),
		section(
			'了解更多',
			...m.links.map((l) => box({ gap: 12, alignItems: 'baseline', flexWrap: 'wrap' }, text(l.label.text, { fontSize: 21 }), text(l.link.text, { fontSize: 21, fontWeight: 700, color: red }))),
		),
		box(
			{ flexDirection: 'column', margin: '24px 0 0', padding: '18px 36px 24px', background: '#f3f3f3', gap: 6 },
			text(siteName, { fontSize: 20, fontWeight: 700 }),
			text(m.footer.text, { fontSize: 18, color: grey, lineHeight: 1.45 }),
		),
	);
}

/** A 1200×630 share card. */
export function cardTree(c: Card): El {
	const titleSize = c.title.text.length > 60 ? 36 : c.title.text.length > 30 ? 44 : 54;
	return box(
		{ width: 1200, height: 630, background: '#ffffff', fontFamily: FONT_FAMILY, color: ink, overflow: 'hidden' },
		box({ width: 24, height: 630, background: red }),
		box(
			{ flexDirection: 'column', flexGrow: 1, padding: '44px 60px 36px', gap: 18 },
			text(line(c.kicker), { fontSize: 30, fontWeight: 700, color: red }),
			text(c.title.text, { fontSize: titleSize, fontWeight: 700, lineHeight: 1.3 }),
			c.fact && text(line(c.fact), { fontSize: 56, fontWeight: 700, color: red }),
			...c.lines.map((l) => text(line(l), { fontSize: 26, color: grey, lineHeight: 1.45 })),
			box({ flexGrow: 1 }),
			box(
				{ justifyContent: 'space-between', alignItems: 'baseline', borderTop: `2px solid ${rule}`, paddingTop: 14 },
				text(c.site.text, { fontSize: 24, fontWeight: 700 }),
				text(c.link.text, { fontSize: 24, color: red }),
			),
		),
	);
}

function cacheDir(): string {
	return path.resolve(process.cwd(), 'node_modules', '.cache', 'kaifu-images');
}

/** Renders a tree to PNG (width fixed; height fixed or, when absent, the content's), through the cache. */
export async function renderPng(tree: El, width: number, height?: number): Promise<Buffer> {
	const key = createHash('sha256').update(JSON.stringify({ tree, width, height, LAYOUT_VERSION, versions })).digest('hex').slice(0, 32);
	const dir = cacheDir();
	const file = path.join(dir, `${key}.png`);
	// KAIFU_IMAGE_CACHE=0 draws every image anew (npm run bench measures the drawing so).
	if (process.env.KAIFU_IMAGE_CACHE !== '0') {
		try {
			const png = fs.readFileSync(file);
			renderStats.cached++;
			return png;
		} catch {
			// Not cached yet.
		}
	}
	renderStats.drawn++;
	const fonts = fontsFor(allText(tree) + '0123456789');
	const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width, ...(height ? { height } : {}), fonts });
	const png = (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
	fs.mkdirSync(dir, { recursive: true });
	const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	fs.writeFileSync(tmp, png);
	fs.renameSync(tmp, file);
	return png;
}

/** What this process drew and what it read from the cache (logged by the build, read by `npm run bench`). */
export const renderStats = { drawn: 0, cached: 0 };

export type { Run };
