/**
 * The view of /kepu/handout/: the plan on one A4 page. Every sentence of the plan on it is quoted from the
 * content (the preamble, the 总体目标 sentence, the goals of the goals-main clause, action and measure
 * titles, a sentence of the publicity row of content/site.yaml › kepu); nothing is reworded.
 */
import { framingText, getSite } from '../site/data.ts';
import { getActions, getTask, getTasks } from '../tasks/data.ts';
import { getClause, getDocument } from '../plan/data.ts';
import { excerptFrom, taskRanges } from './kepu.ts';
import { actionHeading } from '../plan/anchors.ts';
import { actionOfTask } from '../tasks/roles.ts';
import { absoluteUrl } from '../common/url.ts';
import { displayUrl } from './short-links.ts';
import { qrSvg } from './qr.ts';
import { clauseBody } from '../plan/clauses.ts';
import { firstSentence } from '../common/text.ts';

export async function handoutPage(origin: URL | undefined) {
	const actions = await getActions();
	const tasks = await getTasks();
	const { kepu } = await getSite();
	// The hub's two commitments: 科技政策宣传 and 科普.
	const [publicity, popularisation] = await Promise.all([getTask(kepu.publicity), getTask(kepu.popularisation)]);
	const overall = (await getClause('goals')).data.paragraphs[0] ?? '';
	if (!overall.startsWith('到2023年')) throw new Error('/kepu/handout/: the 总体目标 sentence is not the first paragraph of clause goals');
	// The codes of the sheet: the full text, the support finder, the 科普 hub and the five actions' short links.
	const codes = [
		{ label: '方案全文', path: '/plan/' },
		{ label: '惠企政策', path: '/support/' },
		{ label: '科普宣传', path: '/kepu/' },
		...actions.map((a) => ({ label: `行动（${actionHeading(a.id, '').replace(/[（）]/g, '')}）`, path: `/a/${a.id}/` })),
	];
	const svgs = await Promise.all(codes.map((c) => (origin ? qrSvg(absoluteUrl(c.path, origin)!, `${c.label}二维码，扫描后打开 ${absoluteUrl(c.path, origin)}`) : Promise.resolve(undefined))));
	return {
		doc: await getDocument(),
		meta: await framingText('handout-meta'),
		preamble: clauseBody((await getClause('preamble')).data),
		overall,
		goalsMain: clauseBody((await getClause('goals-main')).data),
		taskCount: tasks.length,
		byAction: taskRanges(
			actions,
			tasks.map((t) => ({ number: t.data.number, action: actionOfTask(t.data) })),
		).map((r) => ({ ...r, heading: actionHeading(r.action.id, r.action.data.title), measures: r.action.data.measures.map((m) => m.title).join('、') })),
		codes: codes.map((c, i) => ({ ...c, svg: svgs[i] })),
		publicity: { ...publicity.data, quote: excerptFrom(publicity.data.text, kepu.publicityFrom) },
		popularisation: { ...popularisation.data, quote: firstSentence(popularisation.data.text, 30) },
		/** An address as printed: absolute with an origin, else the path (made absolute when printed). */
		url: (p: string) => displayUrl(p, origin),
	};
}
