/**
 * The controlled lists of the supports collection (content/supports.yaml): kinds of support, who
 * can benefit, industries, and where an enterprise is. Editors write the Chinese labels; the ASCII
 * keys are what the finder puts in its URL (?type=high-tech&industry=video&location=malanshan).
 *
 * Plain data (each list a vocabulary of src/schemas/terms.ts), so that the finder's client script can import it.
 */
import type { Term, Vocabulary } from './terms.ts';

/**
 * What a measure gives. `funds` marks the kinds paid out as 奖补资金 (see the reward-scope clause).
 * `terms`: the words of the text that state the kind; a measure's quoted conditions must hold one
 * (src/support/check.ts). For `funds` kinds the word must stand in a part of a condition that is
 * not an intention to explore (探索…): 探索建立…奖励机制 promises no reward yet, so it is 探索中的政策.
 */
export const supportKinds = [
	{ key: 'reward', label: '奖励', funds: true, terms: ['奖励', '奖'] },
	{ key: 'subsidy', label: '经费补助', funds: true, terms: ['补助', '经费支持'] },
	{ key: 'matching', label: '配套支持', funds: true, terms: ['配套'] },
	{ key: 'case-by-case', label: '一事一议', funds: false, terms: ['一事一议'] },
	{ key: 'tax', label: '税收政策', funds: false, terms: ['加计扣除', '税'] },
	{ key: 'finance', label: '金融支持', funds: false, terms: ['贷款', '融资', '基金', '保险', '金融', '资金池', '投资', '质押', '银行'] },
	{ key: 'listing', label: '上市培育', funds: false, terms: ['上市'] },
	{ key: 'cultivation', label: '培育扶持', funds: false, terms: ['培育', '扶持', '支持', '鼓励', '优惠', '推荐'] },
	{ key: 'application', label: '申报指导', funds: false, terms: ['申报'] },
	{ key: 'project', label: '科技项目', funds: false, terms: ['项目'] },
	{ key: 'platform', label: '平台建设', funds: false, terms: ['平台', '中心', '孵化器', '加速器', '机构', '实验室', '基地', '研究院', '联盟'] },
	{ key: 'service', label: '服务', funds: false, terms: ['服务', '帮扶', '指导', '宣传', '办理', '对接', '辅导', '共享'] },
	{ key: 'exploring', label: '探索中的政策', funds: false, terms: ['探索'] },
] as const satisfies Vocabulary;

export type SupportKind = (typeof supportKinds)[number];
export type SupportKindKey = SupportKind['key'];
export type SupportKindLabel = SupportKind['label'];

/** How the finder groups the audiences in its "你是" list. */
export const audienceGroups = [
	{ key: 'enterprise', label: '企业' },
	{ key: 'organisation', label: '机构' },
	{ key: 'person', label: '人才和团队' },
	{ key: 'role', label: '交易中的角色' },
	{ key: 'any', label: '未限定' },
] as const satisfies Vocabulary;

export interface Audience extends Term {
	key: string;
	label: string;
	group: (typeof audienceGroups)[number]['key'];
	/**
	 * Broader audiences this one always belongs to (every 高新技术企业 is a 科技型企业). A measure for
	 * a broader audience applies to the narrower one; a measure for a narrower audience is shown to
	 * the broader one as "if you are one".
	 */
	within?: readonly string[];
	/** For roles (a party to a transaction): the audiences that can take the role. */
	filledBy?: readonly string[];
	/** Whether a user can pick it in the finder (roles and "not limited" are never picked). */
	selectable: boolean;
	/**
	 * The words of the text that name this audience: a measure may list it only where its quoted
	 * conditions hold one of them, and not only as the one who provides (金融机构为…提供).
	 * None for 原文未限定对象 and 原文点名的单位或项目 (their conditions show whom the text names).
	 */
	terms: readonly string[];
}

/**
 * Who can benefit. The hierarchy (`within`) follows the text: a2-m1 names the 科技型企业梯队 as
 * 科技型中小企业、高新技术企业、创新型领军企业、科技型上市企业; a4-m1 names 产业领军人才 and
 * 创新型高层次人才 together as the two levels of recruited talent, and a4-m2 serves 高层次科技人才.
 */
export const audiences = [
	// Enterprises.
	{ key: 'enterprise', label: '企业', group: 'enterprise', selectable: true, terms: ['企业'] },
	{ key: 'tech-enterprise', label: '科技型企业', group: 'enterprise', within: ['enterprise'], selectable: true, terms: ['科技型企业', '科技企业'] },
	{ key: 'tech-sme', label: '科技型中小企业', group: 'enterprise', within: ['tech-enterprise'], selectable: true, terms: ['科技型中小企业'] },
	{ key: 'high-tech', label: '高新技术企业', group: 'enterprise', within: ['tech-enterprise'], selectable: true, terms: ['高新技术企业'] },
	{ key: 'above-scale', label: '规模以上企业', group: 'enterprise', within: ['enterprise'], selectable: true, terms: ['规模以上企业'] },
	{ key: 'traditional', label: '传统产业企业', group: 'enterprise', within: ['enterprise'], selectable: true, terms: ['传统产业'] },
	{ key: 'industry-leader', label: '行业龙头企业', group: 'enterprise', within: ['enterprise'], selectable: true, terms: ['行业龙头企业'] },
	// Organisations.
	{ key: 'new-rd', label: '新型研发机构', group: 'organisation', selectable: true, terms: ['新型研发机构'] },
	{ key: 'incubator', label: '科技企业孵化器', group: 'organisation', selectable: true, terms: ['科技企业孵化器'] },
	{ key: 'platform', label: '科技创新平台', group: 'organisation', selectable: true, terms: ['创新平台'] },
	{ key: 'university', label: '高校', group: 'organisation', selectable: true, terms: ['高校'] },
	{ key: 'research', label: '科研院所', group: 'organisation', selectable: true, terms: ['科研院所'] },
	{ key: 'service-institution', label: '科技服务机构', group: 'organisation', selectable: true, terms: ['服务机构'] },
	{ key: 'intermediary', label: '中介机构', group: 'organisation', selectable: true, terms: ['中介机构'] },
	{ key: 'contract-point', label: '技术合同登记点', group: 'organisation', selectable: true, terms: ['技术合同登记点'] },
	{ key: 'financial', label: '金融机构', group: 'organisation', selectable: true, terms: ['金融机构'] },
	{ key: 'investor', label: '投资机构', group: 'organisation', selectable: true, terms: ['投资机构'] },
	{ key: 'dispatching-unit', label: '特派员派驻单位', group: 'organisation', selectable: true, terms: ['派驻单位'] },
	// People and teams.
	{ key: 'talent', label: '科技人才', group: 'person', selectable: true, terms: ['科技人才'] },
	{ key: 'high-level-talent', label: '高层次科技人才', group: 'person', within: ['talent'], selectable: true, terms: ['高层次科技人才'] },
	{ key: 'leading-talent', label: '产业领军人才', group: 'person', within: ['high-level-talent'], selectable: true, terms: ['产业领军人才'] },
	{ key: 'innovative-talent', label: '创新型高层次人才', group: 'person', within: ['high-level-talent'], selectable: true, terms: ['创新型高层次人才'] },
	{ key: 'outstanding-youth', label: '长沙市杰出创新青年', group: 'person', within: ['talent'], selectable: true, terms: ['长沙市杰出创新青年'] },
	{ key: 'military-talent', label: '国防科技大学转业干部和军队技术人才', group: 'person', within: ['talent'], selectable: true, terms: ['国防科技大学转业干部', '军队高层次技术人才'] },
	{ key: 'commissioner', label: '特派员', group: 'person', selectable: true, terms: ['特派员'] },
	{ key: 'team', label: '科技创新团队', group: 'person', selectable: true, terms: ['团队'] },
	{ key: 'transfer-staff', label: '技术转移转化工作人员', group: 'person', selectable: true, terms: ['从事技术转移转化相关工作人员'] },
	// Roles in a technology transaction (a3-m2): taken by enterprises. Rewards exclude 行政事业单位
	// (reward-scope), so universities and institutes are not offered these roles by the finder.
	{ key: 'transferor', label: '技术转让方', group: 'role', filledBy: ['enterprise'], selectable: false, terms: ['转让方'] },
	{ key: 'transferee', label: '技术承接方', group: 'role', filledBy: ['enterprise'], selectable: false, terms: ['承接方'] },
	// The text names particular units or projects (楠菲微电子, 航天一院 …), not a kind of beneficiary:
	// the quoted conditions show which. Never picked in the finder (no one is "a named unit").
	{ key: 'named', label: '原文点名的单位或项目', group: 'any', selectable: false, terms: [] },
	// The text names no beneficiary.
	{ key: 'any', label: '原文未限定对象', group: 'any', selectable: false, terms: [] },
] as const satisfies readonly Audience[];

export type AudienceKey = (typeof audiences)[number]['key'];
export type AudienceLabel = (typeof audiences)[number]['label'];

/** Industries as the text names them. */
export const industries = [
	{ key: 'video', label: '视频文创' },
	{ key: 'software', label: '软件信息' },
	{ key: 'smart-manufacturing', label: '智能制造' },
	{ key: 'logistics', label: '现代物流' },
	{ key: 'consumer-electronics', label: '消费电子' },
	{ key: 'high-end-services', label: '高端服务业' },
	{ key: 'cross-border-ecommerce', label: '跨境电商' },
	{ key: 'medicine-health', label: '医药健康' },
	{ key: 'medical-devices', label: '医疗器械' },
	{ key: 'integrated-circuits', label: '集成电路' },
	{ key: 'aerospace', label: '航空航天' },
	{ key: 'ai', label: '人工智能' },
	{ key: 'big-data', label: '大数据' },
	{ key: 'cloud', label: '云计算' },
	{ key: 'blockchain', label: '区块链' },
] as const satisfies Vocabulary;

export type IndustryKey = (typeof industries)[number]['key'];
export type IndustryLabel = (typeof industries)[number]['label'];

/**
 * Where an enterprise (or a talent's employer) is, as the reward-scope clause distinguishes it:
 * the two parks that pay their own enterprises' and talents' 奖补资金, the rest of the district, and
 * outside the district. `park` is the unit's name in content/departments.yaml.
 */
export const locations = [
	{ key: 'malanshan', label: '马栏山视频文创产业园', park: '马栏山视频文创产业园' },
	{ key: 'jinxia', label: '金霞经济开发区', park: '金霞经济开发区' },
	{ key: 'other', label: '开福区其他街道', park: undefined },
	{ key: 'outside', label: '开福区以外', park: undefined },
] as const satisfies Vocabulary;

export type LocationKey = (typeof locations)[number]['key'];

const byLabel = <T extends { label: string }>(list: readonly T[]) => new Map(list.map((x) => [x.label as string, x]));
const byKey = <T extends { key: string }>(list: readonly T[]) => new Map(list.map((x) => [x.key as string, x]));

export const audienceByLabel = byLabel<(typeof audiences)[number]>(audiences);
export const audienceByKey = byKey<(typeof audiences)[number]>(audiences);
export const industryByLabel = byLabel<(typeof industries)[number]>(industries);
export const industryByKey = byKey<(typeof industries)[number]>(industries);
export const kindByLabel = byLabel<SupportKind>(supportKinds);
export const kindByKey = byKey<SupportKind>(supportKinds);
export const locationByKey = byKey<(typeof locations)[number]>(locations);
