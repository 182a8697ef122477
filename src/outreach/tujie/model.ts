/**
 * What the images show (一图读懂 and the share cards), built from the checked content. Every piece
 * of text an image draws is a Run that says where it comes from, so that src/outreach/tujie/check.ts can
 * prove each figure, unit and year against the official text before anything is drawn. The renderer
 * (render.ts) draws runs and nothing else; the /tujie/ page prints the same model as HTML.
 */
import type { Action } from '../../schemas/action.ts';
import type { DocumentMeta } from '../../schemas/document.ts';
import type { Support } from '../../schemas/support.ts';
import type { Target } from '../../schemas/target.ts';
import type { Task } from '../../schemas/task.ts';
import type { Clause } from '../../plan/clauses.ts';
import { splitMainGoals } from '../../plan/goals.ts';
import { actionHeading } from '../../plan/anchors.ts';
import { actionOfTask } from '../../tasks/roles.ts';
import { readAmount } from '../../common/amount.ts';
import { figureWithUnit } from '../../targets/model.ts';
import { officialSentence } from '../../targets/text.ts';
import { withoutSpace } from '../../common/text.ts';

/** The content the images are built from (a subset of src/content-reader/read-content.ts's Content). */
export interface ImageInput {
	document: DocumentMeta;
	actions: Action[];
	tasks: Task[];
	clauses: Clause[];
	supports: Support[];
	targets: Target[];
}

/** Where a run's text comes from, and so how it is checked. */
export type Source =
	/** Words of the body text: a run of the clause's heading and paragraphs (spaces aside). */
	| { kind: 'text'; clause: string }
	/** Words of an annex row (重点任务分解表, task N). */
	| { kind: 'annex'; task: number }
	/** A target's title: words of its clause, runs joined by ……. */
	| { kind: 'target-title'; target: string }
	/** A figure with its unit (500 家, 12%), stated by a target's quote, checked like the targets. */
	| { kind: 'figure'; target: string }
	/** The year a target is due (2023 年, 2022 年上半年), as its sentence sets it. */
	| { kind: 'year'; target: string }
	/** An amount of a support measure as the text states it (30万元). */
	| { kind: 'amount'; support: string }
	/** The document's metadata as printed on it (title, 文号, issuers, date). */
	| { kind: 'doc' }
	/** A unit of the annex (a department name). */
	| { kind: 'unit' }
	/** A number the site counts from the content; the checker counts again. */
	| { kind: 'count'; count: Count }
	/** A task or action number that names a page (任务 12). */
	| { kind: 'ref'; ref: 'task' | 'action'; id: number }
	/** A link to a page of this site (/t/12/). */
	| { kind: 'link'; path: string }
	/** The site's own words (headings, labels): they may hold no digit. */
	| { kind: 'label' };

export type Count =
	| { of: 'tasks' }
	| { of: 'actions' }
	| { of: 'targets' }
	| { of: 'action-tasks'; action: string }
	| { of: 'action-measures'; action: string }
	| { of: 'action-targets'; action: string }
	| { of: 'lead-tasks'; lead: string }
	| { of: 'task-targets'; task: number };

export interface Run {
	text: string;
	src: Source;
	/** The run is part of a longer text, marked by …… where it is cut (the words between are checked). */
	cut?: boolean;
}

/** A line of runs, drawn (and printed) together. */
export type Line = Run[];

const label = (text: string): Run => ({ text, src: { kind: 'label' } });
const count = (n: number, c: Count): Run => ({ text: String(n), src: { kind: 'count', count: c } });

/** The text of a line, as a reader sees it. */
export function lineText(line: Line): string {
	return line.map((r) => r.text).join('');
}

export interface GoalFigure {
	/** The goal's own words, a piece of 主要工作目标. */
	goal: Run;
	/** Its figure with unit, drawn large (500 家); absent where no target states one. */
	figure?: Run;
}

export interface ActionPanel {
	id: string;
	heading: Run;
	measures: Run[];
	facts: Line;
	short: string;
}

export interface LeadCount {
	unit: Run;
	tasks: Run;
}

export interface SupportAmount {
	id: string;
	title: Run;
	kind: Run;
	amount: Run;
	/** The condition sentence that states the amount, in the text's words. */
	condition?: Run;
}

export interface LinkRow {
	label: Run;
	link: Run;
}

/** Everything 一图读懂 shows, in reading order. */
export interface TujieModel {
	kicker: Run;
	title: Run;
	meta: Line;
	goalsLead: Run;
	goals: GoalFigure[];
	actionsIntro: Line;
	actions: ActionPanel[];
	leads: LeadCount[];
	supports: SupportAmount[];
	supportsNote: Run;
	links: LinkRow[];
	footer: Run;
}

function clauseById(input: ImageInput, id: string): Clause {
	const c = input.clauses.find((x) => x.id === id);
	if (!c) throw new Error(`no clause "${id}"`);
	return c;
}

/** Tasks per 牵头单位, most first (ties in the order of first appearance in the annex). */
export function leadCounts(tasks: readonly Task[]): Array<{ lead: string; count: number }> {
	const counts = new Map<string, number>();
	for (const t of tasks) counts.set(t.lead, (counts.get(t.lead) ?? 0) + 1);
	return [...counts].map(([lead, n]) => ({ lead, count: n })).sort((a, b) => b.count - a.count);
}

/** The target stating a goal of 主要工作目标, if one does (its quote and the goal overlap). */
function targetOfGoal(input: ImageInput, goal: string): Target | undefined {
	const g = withoutSpace(goal);
	return input.targets.find((t) => t.clause === 'goals-main' && t.value !== null && (g.includes(withoutSpace(t.quote)) || withoutSpace(t.quote).includes(g)));
}

/** A target's figure as drawn: 500 家, and 以上 where the text says it right after the figure (500 家以上). */
export function figureRun(t: Target): Run {
	const token = withoutSpace(figureWithUnit(t));
	const plus = withoutSpace(t.quote).includes(`${token}以上`) ? '以上' : '';
	return { text: figureWithUnit(t) + plus, src: { kind: 'figure', target: t.id } };
}

/** The short path of each action (/a/1/) and the other pages 一图读懂 points to. */
export const tujieLinks: ReadonlyArray<{ label: string; path: string }> = [
	{ label: '方案全文（每一条均有固定链接）', path: '/plan/' },
	{ label: '重点任务分解表', path: '/annex/' },
	{ label: '全部指标', path: '/targets/' },
	{ label: '惠企政策查找', path: '/support/' },
	{ label: '一图读懂（网页版，可下载长图）', path: '/tujie/' },
];

export function tujieModel(input: ImageInput, display: (path: string) => string = (p) => p): TujieModel {
	const { document: doc, tasks, targets } = input;
	const goalsMain = clauseById(input, 'goals-main');
	const { lead, goals } = splitMainGoals(goalsMain.paragraphs[0] ?? '');
	const goalText = (text: string): Run => ({ text, src: { kind: 'text', clause: 'goals-main' } });
	const link = (path: string): Run => ({ text: display(path), src: { kind: 'link', path } });

	return {
		kicker: label('一图读懂'),
		title: { text: doc.title, src: { kind: 'doc' } },
		meta: [{ text: doc.issuers.join('　'), src: { kind: 'doc' } }, label('　'), { text: doc.number, src: { kind: 'doc' } }, label('　成文日期 '), { text: doc.dateText, src: { kind: 'doc' } }],
		goalsLead: goalText(lead),
		goals: goals.map((g) => {
			const t = targetOfGoal(input, g);
			return { goal: goalText(g), ...(t ? { figure: figureRun(t) } : {}) };
		}),
		actionsIntro: [label('五大行动，分解为 '), count(tasks.length, { of: 'tasks' }), label(' 项重点任务')],
		actions: input.actions.map((a) => {
			const actionClause = clauseById(input, `a${a.id}`);
			return {
				id: a.id,
				heading: { text: actionClause.title ?? actionHeading(a.id, a.title), src: { kind: 'text', clause: `a${a.id}` } },
				measures: a.measures.map((m, i) => ({ text: m.title, src: { kind: 'text', clause: `a${a.id}-m${i + 1}` } })),
				facts: [
					label('分解任务 '),
					count(tasks.filter((t) => actionOfTask(t) === a.id).length, { of: 'action-tasks', action: a.id }),
					label(' 项　量化指标 '),
					count(targets.filter((t) => t.action === a.id).length, { of: 'action-targets', action: a.id }),
					label(' 项'),
				],
				short: `/a/${a.id}/`,
			};
		}),
		leads: leadCounts(tasks).map(({ lead: name, count: n }) => ({ unit: { text: name, src: { kind: 'unit' } }, tasks: count(n, { of: 'lead-tasks', lead: name }) })),
		supports: input.supports
			.filter((s) => s.amount !== undefined && readAmount(s.amount).kind === 'yuan')
			.map((s) => {
				const clause = clauseById(input, s.clause);
				const condition = s.conditions.find((c) => withoutSpace(c).includes(withoutSpace(s.amount!))) ?? s.conditions.find((c) => withoutSpace(clause.paragraphs.join('')).includes(withoutSpace(c)));
				return {
					id: s.id,
					title: label(s.title),
					kind: label(s.kind),
					amount: { text: s.amount!, src: { kind: 'amount', support: s.id } },
					...(condition ? { condition: { text: condition, src: { kind: 'text', clause: s.clause } } as Run } : {}),
				};
			}),
		supportsNote: { text: clauseById(input, 'reward-scope').paragraphs.join('').split('。')[0]! + '。', src: { kind: 'text', clause: 'reward-scope' } },
		links: tujieLinks.map((l) => ({ label: label(l.label), link: link(l.path) })),
		footer: label('本图由网站根据方案原文自动生成：目标、行动和“原文：”后的文字是方案原文，政策名称是本站的概括；图中每个数字都经程序与原文核对，以原文为准。'),
	};
}

/** Every run of the 一图读懂 model, in reading order. */
export function tujieRuns(m: TujieModel): Run[] {
	return [
		m.kicker,
		m.title,
		...m.meta,
		m.goalsLead,
		...m.goals.flatMap((g) => [...(g.figure ? [g.figure] : []), g.goal]),
		...m.actionsIntro,
		...m.actions.flatMap((a) => [a.heading, ...a.measures, ...a.facts]),
		...m.leads.flatMap((l) => [l.unit, l.tasks]),
		...m.supports.flatMap((s) => [s.title, s.kind, s.amount, ...(s.condition ? [s.condition] : [])]),
		m.supportsNote,
		...m.links.flatMap((l) => [l.label, l.link]),
		m.footer,
	];
}

/** A 1200×630 share card of one page. */
export interface Card {
	/** The page the card is for (/tasks/12/), and where its image is written (/og/tasks/12.png). */
	page: string;
	image: string;
	kicker: Line;
	title: Run;
	/** The key fact, drawn large (a figure, an amount, the lead unit). */
	fact?: Line;
	/** Lines under the fact. */
	lines: Line[];
	/** The site's name and the page's link, printed at the foot. */
	site: Run;
	link: Run;
	/** Text alternative of the card. */
	alt: string;
}

/** Cuts a text to at most `max` characters at a sentence or clause mark, ending it with ……. */
export function cut(text: string, max: number): { text: string; cut: boolean } {
	if ([...text].length <= max) return { text, cut: false };
	const head = [...text].slice(0, max).join('');
	const at = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf('。'), head.lastIndexOf('、'));
	return { text: (at > max / 2 ? head.slice(0, at) : head) + '……', cut: true };
}

function cutRun(text: string, src: Source, max: number): Run {
	const c = cut(text, max);
	return { text: c.text, src, ...(c.cut ? { cut: true } : {}) };
}

/**
 * The words of a target's quote as the text writes them (spaces kept), with …… where its sentence goes
 * on before or after, cut to fit a card.
 */
function quoteRun(t: Target, input: ImageInput): Run {
	const clause = clauseById(input, t.clause);
	const found = officialSentence(clause.paragraphs.join(''), t.quote);
	const src: Source = { kind: 'text', clause: t.clause };
	if (!found) return cutRun(t.sentence, src, 80);
	const [a, b] = found.mark;
	const words = found.sentence.slice(a, b);
	const c = cut(words, 80);
	const before = a > 0 ? '……' : '';
	const after = !c.cut && b < found.sentence.length - 1 ? '……' : '';
	return { text: before + c.text + after, src, ...(before || c.cut || after ? { cut: true } : {}) };
}

/** The image path of a page's card: /tasks/12/ → /og/tasks/12.png. */
export function cardImagePath(page: string): string {
	return `/og${page.replace(/\/$/, '')}.png`;
}

/** The pages that have a share card of their own: actions, tasks, targets and support measures. */
export const cardPagePattern = /^\/(actions|tasks|targets|support)\/[a-z0-9-]+\/$/;

/** The share image of a page (for og:image), or undefined where the page has none. */
export function shareImagePath(page: string): string | undefined {
	if (page === '/tujie/') return '/tujie/card.png';
	return cardPagePattern.test(page) ? cardImagePath(page) : undefined;
}

function altOf(card: Omit<Card, 'alt'>): string {
	return [lineText(card.kicker), card.title.text, card.fact ? lineText(card.fact) : '', ...card.lines.map(lineText)].filter(Boolean).join('；');
}

function withAlt(card: Omit<Card, 'alt'>): Card {
	return { ...card, alt: altOf(card) };
}

/** The share cards of every action, task, target and support page, and of /tujie/. */
export function shareCards(input: ImageInput, siteName: string, display: (path: string) => string = (p) => p): Card[] {
	const link = (path: string): Run => ({ text: display(path), src: { kind: 'link', path } });
	const site = label(siteName);
	const cards: Card[] = [];
	const { tasks, targets } = input;

	for (const a of input.actions) {
		const page = `/actions/${a.id}/`;
		const heading = clauseById(input, `a${a.id}`).title ?? actionHeading(a.id, a.title);
		cards.push(
			withAlt({
				page,
				image: cardImagePath(page),
				site,
				kicker: [label('五大行动')],
				title: { text: heading, src: { kind: 'text', clause: `a${a.id}` } },
				fact: [label('分解任务 '), count(tasks.filter((t) => actionOfTask(t) === a.id).length, { of: 'action-tasks', action: a.id }), label(' 项')],
				lines: a.measures.map((m, i) => [{ text: m.title, src: { kind: 'text', clause: `a${a.id}-m${i + 1}` } }]),
				link: link(`/a/${a.id}/`),
			}),
		);
	}

	for (const t of tasks) {
		const page = `/tasks/${t.number}/`;
		const n = targets.filter((x) => x.tasks.includes(t.number)).length;
		cards.push(
			withAlt({
				page,
				image: cardImagePath(page),
				site,
				kicker: [label('重点任务 '), { text: String(t.number), src: { kind: 'ref', ref: 'task', id: t.number } }],
				title: cutRun(t.text, { kind: 'annex', task: t.number }, 96),
				fact: [label('牵头单位：'), { text: t.lead, src: { kind: 'unit' } }],
				lines: n > 0 ? [[label('相关量化指标 '), count(n, { of: 'task-targets', task: t.number }), label(' 项')]] : [],
				link: link(`/t/${t.number}/`),
			}),
		);
	}

	for (const t of targets) {
		const page = `/targets/${t.id}/`;
		const fact: Line = [];
		if (t.value !== null) fact.push(figureRun(t));
		if (t.year !== null) {
			if (fact.length) fact.push(label('　'));
			fact.push({ text: `${t.year} 年${t.firstHalf ? '上半年' : ''}`, src: { kind: 'year', target: t.id } });
		}
		if (t.kind === 'recurring') fact.push({ text: '每年', src: { kind: 'text', clause: t.clause } });
		if (t.kind === 'city-average') fact.push(...(fact.length ? [label('　')] : []), { text: '超过全市平均水平', src: { kind: 'text', clause: t.clause } });
		cards.push(
			withAlt({
				page,
				image: cardImagePath(page),
				site,
				kicker: [label('指标')],
				title: { text: t.title, src: { kind: 'target-title', target: t.id } },
				...(fact.length ? { fact } : {}),
				lines: [[quoteRun(t, input)]],
				link: link(`/g/${t.id}/`),
			}),
		);
	}

	for (const s of input.supports) {
		const page = `/support/${s.id}/`;
		const fact: Line = s.amount !== undefined ? [cutRun(s.amount, { kind: 'amount', support: s.id }, 30)] : [];
		cards.push(
			withAlt({
				page,
				image: cardImagePath(page),
				site,
				kicker: [label('惠企政策 · '), label(s.kind)],
				title: label(s.title),
				...(fact.length ? { fact } : {}),
				lines: [[cutRun(s.conditions[0]!, { kind: 'text', clause: s.clause }, 70)], ...(s.lead ? [[label('联系单位（牵头单位）：'), { text: s.lead, src: { kind: 'unit' } } as Run]] : [])],
				link: link(`/s/${s.id}/`),
			}),
		);
	}
	return cards;
}

/** The share card of /tujie/ itself: the title and the figures of 主要工作目标. */
export function tujieCard(m: TujieModel, siteName: string): Card {
	const figures = m.goals.filter((g) => g.figure);
	return withAlt({
		page: '/tujie/',
		image: '/tujie/card.png',
		site: label(siteName),
		kicker: [label('一图读懂')],
		title: m.title,
		lines: figures.slice(0, 4).map((g) => [g.goal]),
		link: m.links.find((l) => l.link.src.kind === 'link' && l.link.src.path === '/tujie/')!.link,
	});
}

/** Every run of a card. */
export function cardRuns(c: Card): Run[] {
	return [...c.kicker, c.title, ...(c.fact ?? []), ...c.lines.flat(), c.site, c.link];
}

/** The text alternative of the long image: everything it shows, in its order, as sentences. */
export function tujieAlt(m: TujieModel): string {
	const parts = [
		`${m.kicker.text}：${m.title.text}。${lineText(m.meta)}。`,
		`主要工作目标（${m.goalsLead.text}）：${m.goals.map((g) => g.goal.text).join('；')}。`,
		`${lineText(m.actionsIntro)}：${m.actions.map((a) => `${a.heading.text}（${a.measures.map((r) => r.text).join('、')}；${lineText(a.facts)}）`).join('；')}。`,
		`各牵头单位承担的任务：${m.leads.map((l) => `${l.unit.text} ${l.tasks.text} 项`).join('，')}。`,
		`惠企政策中原文写明的金额：${m.supports.map((s) => `${s.title.text}（${s.kind.text}）${s.amount.text}${s.condition ? `，原文：${s.condition.text}` : ''}`).join('；')}。奖励对象：${m.supportsNote.text}`,
		`了解更多：${m.links.map((l) => `${l.label.text} ${l.link.text}`).join('；')}。`,
	];
	return parts.join('');
}
