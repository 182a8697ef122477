/**
 * The profiles of issue 5 and what the finder must answer for each, worked out from the official
 * text. Every expectation carries the words of the text that justify it; the tests check that those
 * words are in the clause the measure cites, so that a justification cannot drift from the text.
 * Used by the unit tests (the pure matching logic) and by the browser walk (the finder in Chromium).
 */

/** The two sentences of the reward-scope paragraph (/plan/#reward-scope). */
export const REWARD_SCOPE = {
	who: '本方案中的奖励对象仅限于开福区内的企业单位，不含行政事业单位。',
	payment: '奖补资金兑现实行属地原则，原则上马栏山视频文创产业园和金霞经济开发区内企业和人才的奖补资金在园区列支。',
};

/** a2-m1: the 科技型企业梯队, which is why a 高新技术企业 gets what the text gives 科技型企业. */
const LADDER = '培育以科技型中小企业、高新技术企业、创新型领军企业、科技型上市企业为主线的科技型企业梯队';

export interface ProfileCase {
	name: string;
	/** The answers as the finder's URL writes them (one `type` per chosen type). */
	profile: { type?: string | string[]; industry?: string; location?: string };
	/** The answers as a person picks them in the form (option labels). */
	form: { types?: string[]; industry?: string; location?: string };
	/**
	 * Exactly the measures listed as fitting (in this order where `ordered`), each with the words of
	 * the text that say so: the first from the clause the measure cites, any others from the plan.
	 */
	match: Array<[id: string, ...quotes: string[]]>;
	/**
	 * Whether `match` is the exact display order: measures that name a chosen type, then those that
	 * name the chosen industry, then those that only allow them, the nearest group (科技型企业) before
	 * the widest (企业), a measure for you alone before one for others too, then the order of the text.
	 */
	ordered?: boolean;
	/** Measures that must not be listed as fitting, with the words of the text that show why. */
	notMatch: Array<[id: string, why: string]>;
	/** Rewards that must be listed as not applicable at this location. */
	excluded?: string[];
	/** Amounts in yuan the text states for listed measures. */
	amounts?: Record<string, number>;
	/** The payment note every listed 奖补 measure shows at this location. */
	payment?: { text: string; because: string };
}

/** A profile's URL parameters, as the finder writes them. */
export function profileQuery(c: Pick<ProfileCase, 'profile'>): URLSearchParams {
	const q = new URLSearchParams();
	const { type, ...rest } = c.profile;
	for (const t of typeof type === 'string' ? [type] : (type ?? [])) q.append('type', t);
	for (const [k, v] of Object.entries(rest)) q.set(k, v);
	return q;
}

export const profiles: ProfileCase[] = [
	{
		name: 'a 高新技术企业 in 马栏山 doing 视频文创',
		profile: { type: 'high-tech', industry: 'video', location: 'malanshan' },
		form: { types: ['高新技术企业'], industry: '视频文创', location: '马栏山视频文创产业园' },
		ordered: true,
		match: [
			// Names 高新技术企业, and no one else.
			['high-tech-recognition-reward', '扎实开展高新技术企业认定工作，继续实施现有奖励政策'],
			// Names 高新技术企业, with 科研院所 and 新型研发机构.
			['new-rd-founding', '鼓励和支持有条件的高新技术企业联合科研院所创建申报省、市级新型研发机构'],
			// Names 视频文创 (for 企业).
			['innovation-leader-cultivation', '重点培育一批视频文创、软件信息、智能制造、现代物流、消费电子领域创新型领军企业'],
			// For 科技型企业, the group right above 高新技术企业 (a2-m1's ladder).
			['star-market-pipeline', '遴选一批科技型企业纳入科创板上市企业后备库', LADDER],
			['rd-reserve-guidance', '全面推广科技型企业建立研发准备金制度', LADDER],
			['loan-risk-pools', '探索建立开福区科技企业信用贷款风险补偿资金池和贷款担保资金池，支持科技型企业发展', LADDER],
			// For 科技企业 and for investors.
			['industry-funds', '支持私募股权投资机构来区投资科技企业'],
			// For any 企业.
			['higher-level-projects', '积极支持和引导企业申报国家、省、市重大科技计划项目'],
			['rd-funds-application', '鼓励企业积极申报省、市级研发经费奖补资金'],
			['rd-super-deduction', '严格落实企业研发费用加计扣除政策'],
			['biohealth-medical-cooperation', '鼓励区内生物健康企业加强与中南大学湘雅医学院'],
			['ip-service-station', '建立专利检索、预警、应用、维权等企业共享平台'],
			['standards-brand-incentive', '探索建立对企业参与标准创制、品牌创建的激励机制'],
			['policy-outreach', '深入开展科技政策“进企业、进社区、进楼宇”活动'],
			// For 企业 and for others (universities, and the units the text names).
			['research-platforms', '鼓励企业与中南大学、湖南大学、北京理工大学等省内外高校合作共建各类基础研究平台'],
			// An enterprise can be a party to a technology transaction.
			['technology-transfer-reward', '探索建立对技术转化交易的转让方、承接方'],
		],
		notMatch: [
			['ic-design-platform', '重点支持高性能集成电路设计服务平台建设'],
			['aerospace-base', '引入一批航空航天上下游产业链项目'],
			['above-scale-rd-help', '实施规模以上企业研发经费“清零”行动'],
			['leading-talent-reward', '重点引进培育30名产业领军人才'],
			['talent-financial-services', '鼓励金融机构为科技人才和团队提供信用贷款'],
		],
		payment: { text: '原则上在马栏山视频文创产业园列支', because: REWARD_SCOPE.payment },
	},
	{
		name: 'a talent recruited to 智能制造',
		profile: { type: 'talent', industry: 'smart-manufacturing' },
		form: { types: ['科技人才'], industry: '智能制造' },
		ordered: true,
		match: [
			// Name 科技人才 itself (the second also 团队).
			['talent-selection', '积极推荐高科技人才参加国家和省、市组织的各类科技竞赛和人才评选'],
			['talent-financial-services', '鼓励金融机构为科技人才和团队提供信用贷款'],
			// Name 智能制造, for particular kinds of talent ("if you are one").
			['leading-talent-reward', '围绕高端服务业、视频文创、智能制造、现代物流等主导产业', '重点引进培育30名产业领军人才'],
			['innovative-talent-reward', '围绕视频文创、智能制造、现代物流、高端服务业等重点产业，引进培育300名创新型高层次人才'],
			// Particular kinds of talent, no industry named.
			['outstanding-youth-support', '对认定的长沙市杰出创新青年，按照市级标准给予适当经费支持'],
			['talent-one-stop-service', '建立完善高层次科技人才“一站式”服务机制'],
			['military-talent-policy', '探索面向国防科技大学转业干部创新创业的优惠政策'],
		],
		amounts: { 'leading-talent-reward': 300000, 'innovative-talent-reward': 100000 },
		notMatch: [
			['high-tech-recognition-reward', '扎实开展高新技术企业认定工作'],
			['commissioner-subsidy', '给予特派员和派驻单位10万元经费补助'],
			['new-team-support', '对新引进的科技创新团队采取“一事一议”给予支持'],
		],
	},
	{
		name: 'a technology-transfer intermediary elsewhere in the district',
		profile: { type: 'intermediary', location: 'other' },
		form: { types: ['中介机构'], location: '开福区其他街道' },
		match: [
			['technology-transfer-reward', '探索建立对技术转化交易的转让方、承接方、中介机构以及从事技术转移转化相关工作人员等交易主体的奖励机制'],
			['technical-service-recommendation', '推荐优质中介机构申报市级技术服务机构'],
			['contract-registration-reward', '安排专项经费对技术合同登记点和引进创新中心、研发机构的相关中介机构予以奖励扶持'],
			['public-service-platforms', '大力引进优质服务中介机构'],
		],
		notMatch: [
			['high-tech-recognition-reward', '扎实开展高新技术企业认定工作'],
			['loan-risk-pools', '支持科技型企业发展'],
			// The text says 服务机构 here, not 中介机构.
			['transfer-service-institutions', '引进培育一批专业化、市场化、规范化的科技成果转化服务机构'],
		],
		// The text names the parks' payer only.
		payment: { text: '原文未写明两个园区以外的列支单位', because: REWARD_SCOPE.payment },
	},
	{
		name: 'a bank',
		profile: { type: 'financial' },
		form: { types: ['金融机构'] },
		// The text names 金融机构 only as the ones who provide (鼓励金融机构为……提供), and names no
		// beneficiary of the 政企银三方服务平台 (listed apart, as 原文未限定对象).
		match: [],
		notMatch: [
			['talent-financial-services', '鼓励金融机构为科技人才和团队提供信用贷款、知识产权质押贷款、股权质押贷款、产业链融资、科技保险等服务'],
			// The pools support 科技型企业, not the lenders.
			['loan-risk-pools', '支持科技型企业发展'],
			['high-tech-recognition-reward', '扎实开展高新技术企业认定工作'],
			['leading-talent-reward', '重点引进培育30名产业领军人才'],
		],
	},
	{
		name: 'an enterprise outside the district',
		profile: { type: 'enterprise', location: 'outside' },
		form: { types: ['企业'], location: '开福区以外' },
		match: [
			['rd-super-deduction', '严格落实企业研发费用加计扣除政策'],
			['higher-level-projects', '积极支持和引导企业申报国家、省、市重大科技计划项目'],
			['ip-service-station', '建立专利检索、预警、应用、维权等企业共享平台'],
			['innovation-leader-cultivation', '重点培育一批视频文创、软件信息、智能制造、现代物流、消费电子领域创新型领军企业'],
			['research-platforms', '鼓励企业与中南大学、湖南大学、北京理工大学等省内外高校合作共建各类基础研究平台'],
			['rd-funds-application', '鼓励企业积极申报省、市级研发经费奖补资金'],
			['policy-outreach', '深入开展科技政策“进企业、进社区、进楼宇”活动'],
			['biohealth-medical-cooperation', '鼓励区内生物健康企业加强与中南大学湘雅医学院'],
			// Intentions to explore a reward or incentive: not yet a reward, so the reward scope does not exclude them.
			['technology-transfer-reward', '探索建立对技术转化交易的转让方、承接方'],
			['standards-brand-incentive', '探索建立对企业参与标准创制、品牌创建的激励机制'],
			// Particular kinds of enterprise ("if you are one").
			['new-rd-founding', '鼓励和支持有条件的高新技术企业联合科研院所创建申报省、市级新型研发机构'],
			['tech-sme-cultivation', '积极推进科技型中小企业培育工作'],
			['traditional-upgrade', '引导支持传统产业技改升级'],
			['star-market-pipeline', '遴选一批科技型企业纳入科创板上市企业后备库'],
			['above-scale-rd-help', '实施规模以上企业研发经费“清零”行动'],
			['rd-reserve-guidance', '全面推广科技型企业建立研发准备金制度'],
			['technology-transfer-institutions', '支持驻区高校、科研院所和行业龙头企业牵头成立产业创新联盟'],
			['academic-societies', '支持科技行业龙头企业牵头成立各类学术团体'],
			['industry-funds', '支持私募股权投资机构来区投资科技企业'],
			['loan-risk-pools', '支持科技型企业发展'],
		],
		// Every reward an enterprise could get, none of them outside the district.
		excluded: ['high-tech-recognition-reward'],
		notMatch: [
			['leading-talent-reward', '重点引进培育30名产业领军人才'],
			// Particular projects the text names, not enterprises in general.
			['ic-design-platform', '重点支持楠菲微电子在高性能互联交换芯片'],
			['aerospace-base', '引入一批航空航天上下游产业链项目'],
		],
	},
	{
		// The issue's own example: 高新技术企业认定奖励 names 高新技术企业 and must come first, ahead of the
		// measures that name 软件信息 for any enterprise and those that allow any enterprise.
		name: 'a 高新技术企业 in 马栏山 doing 软件信息',
		profile: { type: 'high-tech', industry: 'software', location: 'malanshan' },
		form: { types: ['高新技术企业'], industry: '软件信息', location: '马栏山视频文创产业园' },
		match: [
			['high-tech-recognition-reward', '扎实开展高新技术企业认定工作，继续实施现有奖励政策'],
			['new-rd-founding', '鼓励和支持有条件的高新技术企业联合科研院所创建申报省、市级新型研发机构'],
			['innovation-leader-cultivation', '重点培育一批视频文创、软件信息、智能制造、现代物流、消费电子领域创新型领军企业'],
			['star-market-pipeline', '遴选一批科技型企业纳入科创板上市企业后备库', LADDER],
			['rd-reserve-guidance', '全面推广科技型企业建立研发准备金制度', LADDER],
			['loan-risk-pools', '支持科技型企业发展', LADDER],
			['industry-funds', '支持私募股权投资机构来区投资科技企业'],
			['higher-level-projects', '积极支持和引导企业申报国家、省、市重大科技计划项目'],
			['rd-funds-application', '鼓励企业积极申报省、市级研发经费奖补资金'],
			['rd-super-deduction', '严格落实企业研发费用加计扣除政策'],
			['biohealth-medical-cooperation', '鼓励区内生物健康企业加强与中南大学湘雅医学院'],
			['ip-service-station', '建立专利检索、预警、应用、维权等企业共享平台'],
			['standards-brand-incentive', '探索建立对企业参与标准创制、品牌创建的激励机制'],
			['policy-outreach', '深入开展科技政策“进企业、进社区、进楼宇”活动'],
			['research-platforms', '鼓励企业与中南大学、湖南大学、北京理工大学等省内外高校合作共建各类基础研究平台'],
			['technology-transfer-reward', '探索建立对技术转化交易的转让方、承接方'],
		],
		ordered: true,
		notMatch: [
			['aerospace-base', '引入一批航空航天上下游产业链项目'],
			['above-scale-rd-help', '实施规模以上企业研发经费“清零”行动'],
		],
		payment: { text: '原则上在马栏山视频文创产业园列支', because: REWARD_SCOPE.payment },
	},
	{
		// Two types at once: every measure either type gets, those naming one of them first.
		name: 'an enterprise that is both 高新技术企业 and 规模以上企业',
		profile: { type: ['high-tech', 'above-scale'] },
		form: { types: ['高新技术企业', '规模以上企业'] },
		match: [
			// Name one of the two types, and no one else; then with others.
			['high-tech-recognition-reward', '扎实开展高新技术企业认定工作'],
			['above-scale-rd-help', '实施规模以上企业研发经费“清零”行动'],
			['new-rd-founding', '鼓励和支持有条件的高新技术企业联合科研院所创建申报省、市级新型研发机构'],
			// One step up from one of the two: 科技型企业 (above 高新技术企业) and 企业 (above 规模以上企业)
			// alike, in the order of the text; then those for others as well.
			['innovation-leader-cultivation', '重点培育一批视频文创、软件信息、智能制造、现代物流、消费电子领域创新型领军企业'],
			['star-market-pipeline', '遴选一批科技型企业纳入科创板上市企业后备库', LADDER],
			['higher-level-projects', '积极支持和引导企业申报国家、省、市重大科技计划项目'],
			['rd-reserve-guidance', '全面推广科技型企业建立研发准备金制度', LADDER],
			['rd-funds-application', '鼓励企业积极申报省、市级研发经费奖补资金'],
			['rd-super-deduction', '严格落实企业研发费用加计扣除政策'],
			['biohealth-medical-cooperation', '鼓励区内生物健康企业加强与中南大学湘雅医学院'],
			['ip-service-station', '建立专利检索、预警、应用、维权等企业共享平台'],
			['standards-brand-incentive', '探索建立对企业参与标准创制、品牌创建的激励机制'],
			['policy-outreach', '深入开展科技政策“进企业、进社区、进楼宇”活动'],
			['loan-risk-pools', '支持科技型企业发展', LADDER],
			['research-platforms', '鼓励企业与中南大学、湖南大学、北京理工大学等省内外高校合作共建各类基础研究平台'],
			['industry-funds', '支持私募股权投资机构来区投资科技企业'],
			['technology-transfer-reward', '探索建立对技术转化交易的转让方、承接方'],
		],
		ordered: true,
		notMatch: [
			['tech-sme-cultivation', '积极推进科技型中小企业培育工作'],
			['leading-talent-reward', '重点引进培育30名产业领军人才'],
			// Particular projects the text names, not enterprises of either type.
			['ic-design-platform', '重点支持楠菲微电子在高性能互联交换芯片'],
			['aerospace-base', '引入一批航空航天上下游产业链项目'],
		],
	},
];
