/**
 * The view of /support/<id>/ (one measure): the measure, where the plan
 * says it, the reward-scope rule, its annex tasks and the pager, gathered once so the pages only lay them out.
 */
import { departmentsByName, getTasks } from '../tasks/data.ts';
import { citationOf, getClause } from '../plan/data.ts';
import { getSupports, type SupportEntry } from './data.ts';
import { paymentFor } from './match.ts';
import { paymentNote } from './view.ts';
import { kindByLabel, locations } from '../schemas/support-vocabulary.ts';
import { supportEntry } from '../search/records.ts';
import { pagedPaths, type PagerView } from '../site/pager.ts';

export interface SupportPageProps {
	support: SupportEntry;
	pager: PagerView;
}

/** One page per measure, in the order of content/supports.yaml. */
export async function supportPaths() {
	return pagedPaths(
		await getSupports(),
		'support',
		'上一项、下一项措施',
		(x) => ({ id: x.id }),
		(x) => ({ href: `/support/${x.id}/`, name: x.data.title }),
	);
}

export async function supportPage({ support, pager }: SupportPageProps) {
	const s = support.data;
	const kind = kindByLabel.get(s.kind)!;
	const citation = await citationOf(s.clause);
	const allTasks = await getTasks();
	return {
		s,
		kind,
		citation,
		description: `${s.kind}：${s.title}。适用对象：${s.audiences.join('、')}。${s.amount ? `金额或标准：${s.amount}。` : ''}联系部门：${s.lead ?? '原文未指定'}。出自方案原文${citation}`,
		clause: await getClause(s.clause),
		departments: await departmentsByName(),
		tasks: allTasks.filter((t) => s.tasks.includes(t.data.number)),
		scope: await getClause('reward-scope'),
		/** How funds reach a firm in each location, for measures that pay out. */
		payments: locations.map((l) => ({ label: l.label, note: paymentNote(paymentFor(kind.key, l.key)) })),
		// `order` is the measure's place in content/supports.yaml (browsing by facets lists measures in that order).
		search: supportEntry(
			s,
			s.order + 1,
			allTasks.map((t) => t.data),
		),
		pager,
	};
}
