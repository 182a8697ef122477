/**
 * The datasets published under /data/. To publish another dataset, add one defineDataset(...) entry
 * to `openDatasets`: its files, its JSON Schema and its section on /data/ follow from the entry.
 */
import { z } from 'astro/zod';
import { actionSchema } from '../schemas/action.ts';
import { departmentSchema } from '../schemas/department.ts';
import { targetDerivedShape, targetInputSchema, targetKindTerms } from '../schemas/target.ts';
import { keyLabelList } from '../schemas/terms.ts';
import { taskSchema } from '../schemas/task.ts';
import { supportSchema } from '../schemas/support.ts';
import { getActions, getDepartments, getTasks } from '../tasks/data.ts';
import { getSupports } from '../support/data.ts';
import { defineDataset, type OpenDataset } from './model.ts';
import { actionOfTask, rolesOf } from '../tasks/roles.ts';
import { getTargets } from '../targets/data.ts';
import { formatDeadline, formatTarget } from '../targets/model.ts';
import { getDocument } from '../plan/data.ts';

/** The page of a record on this site (a path; the site's origin is not fixed). */
const page = z.string().regex(/^\/[a-z0-9/-]*\/$/);

const targets = defineDataset({
	id: 'targets',
	title: '指标',
	description: '方案原文中有数量、比例、时限或定期要求的承诺，每条记录一项指标。',
	record: targetInputSchema.safeExtend({
		...targetDerivedShape,
		/** The target in words, e.g. 不少于 500 家. */
		targetText: z.string(),
		/** The deadline in words, e.g. 2023 年. */
		deadlineText: z.string(),
		page,
	}),
	fields: {
		id: '指标标识（英文，用于网址）',
		title: '指标名称（摘自原文的词语）',
		kind: `类型：${keyLabelList(targetKindTerms)}（本站按原文词句归类）`,
		clause: '原文出处：方案全文页面中的锚点（如 goals-main 即 /plan/#goals-main）',
		quote: '原文中表述本项指标的词句（摘录，不含空格差异）',
		value: '目标数值，按原文书写（如 500 家中的 500）；无数值的类型为空',
		valueMax: '数值范围的上限（如 1—2 条中的 2），仅用于范围',
		unit: '单位，按原文书写（家、亿元、%、万平米、人等）',
		comparator: '数值关系：>= 以上或达到，> 超过或突破，= 原文未加限定，range 范围',
		year: '原文对本项规定的年份；原文未对本项写年份的为空',
		firstHalf: '原文是否写明“上半年”',
		before: '原文是否写明“……年前”（如“2023 年前”）',
		strive: '是否为争取目标：原文对本项写的是“争取”“争创”或“力争”',
		frequency: '定期工作的频次：annual 每年',
		tasks: '对应的附件重点任务序号',
		progress: '公开报告的进展值，每项含年份、数值和来源（标题、发布机构、日期、网址）；目前均为空',
		action: '所属行动序号（1—5）；总体目标和保障措施为空',
		owners: '牵头单位，取自对应任务的牵头单位',
		sentence: '包含本项指标的原文整句',
		yearWords: '原文中规定年份的词语（如“到2023年”“2023年前”）；原文未对本项规定年份的为空',
		striveWords: '使本项成为争取目标的原文词语（争取、争创、力争）；确定性的要求为空',
		targetText: '目标的文字表述（如“不少于 500 家”）',
		deadlineText: '期限的文字表述',
		page: '本站页面路径',
	},
	async records() {
		const doc = await getDocument();
		return (await getTargets()).map(({ order: _order, ...t }) => ({ ...t, targetText: formatTarget(t), deadlineText: formatDeadline(t, doc), page: `/targets/${t.id}/` }));
	},
});

const tasks = defineDataset({
	id: 'tasks',
	title: '重点任务',
	description: '附件“重点任务分解表”的 35 行，每条记录一项任务，含牵头单位和责任单位。',
	record: taskSchema.safeExtend({ action: z.string(), page }),
	fields: {
		number: '序号',
		clause: '对应的方案正文条款锚点（如 a1-m1-i1 即 /plan/#a1-m1-i1）',
		text: '具体任务（分解表原文）',
		lead: '牵头单位',
		units: '责任单位',
		unitsInSource: '原表“责任单位”一栏：listed 已列明，not-legible 空缺或无法辨认（本站不作推测）',
		action: '所属行动序号（1—5）',
		page: '本站页面路径',
	},
	async records() {
		return (await getTasks()).map((t) => ({ ...t.data, action: actionOfTask(t.data), page: `/tasks/${t.data.number}/` }));
	},
});

const actions = defineDataset({
	id: 'actions',
	title: '五大行动',
	description: '方案“三、重点任务”中的五大行动及其措施。',
	record: actionSchema.safeExtend({ page }),
	fields: {
		id: '行动序号（1—5）',
		title: '行动名称（正文）',
		annexTitle: '附件分解表中的行动名称（仅在与正文不同时列出）',
		measures: '措施列表，每项含 title（正文名称），与正文不同时另含 annexTitle（分解表名称）',
		page: '本站页面路径',
	},
	async records() {
		return (await getActions()).map((a) => ({ ...a.data, page: `/actions/${a.id}/` }));
	},
});

const departments = defineDataset({
	id: 'departments',
	title: '责任单位',
	description: '附件分解表中作为牵头单位或责任单位出现的单位，及其牵头、参与的任务序号。',
	record: departmentSchema.safeExtend({ leads: z.array(z.int()), supports: z.array(z.int()), page }),
	fields: {
		kind: '单位类别；分解表未注明类别，“未注明”表示原文和名称都没有说明',
		kindFrom: '类别的依据：text 方案原文写明，name 本站根据单位名称归类；未注明的为空',
		kindWords: '类别所依据的词语：原文语句，或名称中的字词（如“区……局”）',
		name: '单位名称（按分解表书写）',
		slug: '单位标识（由名称拼音生成，用于网址）',
		phone: '咨询电话，含来源（标题、发布机构、日期、网址）；没有可注明出处的公开来源时为空',
		address: '地址，含来源（标题、发布机构、日期、网址）；没有可注明出处的公开来源时为空',
		web: '单位网站（https），含来源（标题、发布机构、日期、网址）；没有可注明出处的公开来源时为空',
		leads: '牵头的任务序号',
		supports: '作为责任单位参与的任务序号',
		page: '本站页面路径',
	},
	async records() {
		const all = (await getTasks()).map((t) => t.data);
		return (await getDepartments()).map((d) => ({ ...d.data, ...rolesOf(d.data.name, all), page: `/departments/${d.data.slug}/` }));
	},
});

const supports = defineDataset({
	id: 'supports',
	title: '惠企政策',
	description: '方案中给予企业、个人或机构支持的措施，每条记录一项，含条件原文、金额和联系单位。',
	record: supportSchema.extend({ page }),
	fields: {
		id: '措施标识（英文，用于网址）',
		title: '措施名称（本站概括，非原文）',
		kind: '支持方式（须在所引原文条件中写明；原文只说“探索”的为“探索中的政策”）',
		audiences: '适用对象（须在所引原文条件中出现）；原文未限定对象的写作“原文未限定对象”，原文点名具体单位或项目的写作“原文点名的单位或项目”',
		industries: '原文列明的产业；未列明的为空',
		industriesOpen: '原文所列产业是否以“等”结尾（即未列尽）',
		amount: '金额或标准（原文摘录）；原文未写明的为空',
		amountValue: '金额（元），仅在原文给出数字时',
		conditions: '适用条件（原文摘录）',
		lead: '联系单位：对应任务的牵头单位；无任务的为空',
		tasks: '对应的附件重点任务序号',
		clause: '原文出处：方案全文页面中的锚点',
		page: '本站页面路径',
	},
	async records() {
		return (await getSupports()).map(({ data: { order: _order, ...s } }) => ({ ...s, page: `/support/${s.id}/` }));
	},
});

/** Every published dataset, in the order /data/ lists them. Add a dataset with one more entry here. */
export const openDatasets: OpenDataset[] = [targets, tasks, actions, departments, supports] as unknown as OpenDataset[];

/** Where the data come from, for each JSON file. */
export async function provenance() {
	const doc = await getDocument();
	return { source: `《${doc.title}》（${doc.number}）` };
}
