/**
 * The everyday-query set: what enterprises and residents type, in their own words (abbreviations,
 * colloquial words, 补贴/申报/多少钱 phrasing, questions), written from the everyday side of
 * content/vocabulary.yaml and from how people ask. `answers` are the pages that answer the query,
 * read off content/supports.yaml (a measure's title, amount and quoted conditions), the annex row
 * (/tasks/N/) or the target (content/targets.yaml); never off the search's output. Any one of them
 * in the first five results counts; `answers[0]`… any of them first counts as "first".
 * A query whose answer the plan does not give in those terms is still answered by the nearest
 * measure the vocabulary's note names (专精特新 → the plan's 科技型企业梯队).
 */
export interface EverydayQuery {
	q: string;
	/** Pages that answer the query (support, task, target or unit pages; /plan/#anchor where only the clause answers). */
	answers: string[];
}

const talentReward = ['/support/leading-talent-reward/', '/support/innovative-talent-reward/', '/tasks/23/'];
const highTech = ['/support/high-tech-recognition-reward/', '/tasks/9/'];
const tax = ['/support/rd-super-deduction/', '/tasks/14/'];
// 质押融资 (pledging patents) is one of the loans the text names.
const loans = ['/support/loan-risk-pools/', '/support/talent-financial-services/', '/support/ip-capitalisation/', '/tasks/32/', '/tasks/28/'];
const ipLoans = ['/support/ip-capitalisation/', '/support/talent-financial-services/', '/tasks/22/', '/tasks/28/'];
const talentService = ['/support/talent-one-stop-service/', '/tasks/25/'];
const ladder = ['/support/tech-sme-cultivation/', '/support/innovation-leader-cultivation/', '/tasks/9/', '/tasks/10/'];
const upgrade = ['/support/traditional-upgrade/', '/tasks/10/'];
const listing = ['/support/star-market-pipeline/', '/tasks/11/'];
const rdReward = ['/support/district-rd-reward/', '/support/rd-funds-application/', '/tasks/14/'];
const projects = ['/support/higher-level-projects/', '/support/district-projects/', '/tasks/12/'];
const rewardScope = ['/plan/#reward-scope'];

export const everydayQueries: EverydayQuery[] = [
	// Talent money.
	{ q: '人才补贴', answers: talentReward },
	{ q: '怎么申请人才补贴', answers: talentReward },
	{ q: '人才引进补贴', answers: talentReward },
	{ q: '高层次人才补贴', answers: talentReward },
	{ q: '领军人才奖励多少钱', answers: ['/support/leading-talent-reward/', '/tasks/23/'] },
	{ q: '引才奖励', answers: talentReward },
	{ q: '人才政策', answers: talentReward },
	{ q: '高层次人才认定', answers: talentReward },
	{ q: '人才奖金有多少', answers: talentReward },
	// 高新技术企业.
	{ q: '高企', answers: highTech },
	{ q: '高企认定奖励多少钱', answers: ['/support/high-tech-recognition-reward/'] },
	{ q: '高企补贴', answers: highTech },
	{ q: '高新企业认定', answers: highTech },
	{ q: '国高', answers: highTech },
	{ q: '怎么申请高企', answers: highTech },
	{ q: '高新技术企业奖励多少钱', answers: highTech },
	// Tax.
	{ q: '减税', answers: tax },
	{ q: '税收优惠', answers: tax },
	{ q: '研发费用怎么抵税', answers: tax },
	{ q: '研发加计', answers: tax },
	{ q: '免税', answers: tax },
	{ q: '税收减免政策', answers: tax },
	// Loans and finance.
	{ q: '贷款难', answers: loans },
	{ q: '融资难', answers: loans },
	{ q: '小微企业贷款', answers: loans },
	{ q: '科技贷', answers: loans },
	{ q: '专利质押贷款', answers: ipLoans },
	{ q: '知识产权贷款', answers: ipLoans },
	{ q: '风险池', answers: ['/support/loan-risk-pools/', '/tasks/32/'] },
	{ q: '贷款贴息', answers: ['/support/loan-risk-pools/', '/tasks/32/'] },
	{ q: '科技保险补贴', answers: ['/support/tech-insurance/', '/support/talent-financial-services/', '/tasks/28/'] },
	{ q: '风投', answers: ['/support/industry-funds/', '/tasks/32/'] },
	{ q: '天使投资', answers: ['/support/industry-funds/', '/tasks/32/'] },
	{ q: '股权融资', answers: ['/support/industry-funds/', '/tasks/32/'] },
	{ q: '引导基金', answers: ['/support/industry-funds/', '/support/transfer-investment-fund/', '/tasks/32/', '/tasks/33/'] },
	{ q: '成果转化基金', answers: ['/support/transfer-investment-fund/', '/tasks/33/'] },
	{ q: '银企对接', answers: ['/support/bank-enterprise-platform/', '/tasks/34/'] },
	{ q: '长沙银行贷款', answers: ['/support/bank-enterprise-platform/', '/tasks/34/'] },
	// Talent services.
	{ q: '人才公寓', answers: talentService },
	{ q: '住房补贴', answers: talentService },
	{ q: '孩子上学', answers: talentService },
	{ q: '子女入学', answers: talentService },
	{ q: '人才看病', answers: talentService },
	{ q: '人才待遇', answers: talentService },
	{ q: '人才房', answers: talentService },
	{ q: '安家费', answers: talentService },
	{ q: '人才培训', answers: ['/tasks/26/', '/support/talent-selection/'] },
	{ q: '人才评比', answers: ['/support/talent-selection/', '/tasks/26/'] },
	{ q: '专家库', answers: ['/tasks/26/'] },
	{ q: '创新团队补贴', answers: ['/support/new-team-support/', '/tasks/24/'] },
	{ q: '引进团队', answers: ['/support/new-team-support/', '/tasks/24/'] },
	{ q: '杰青', answers: ['/support/outstanding-youth-support/', '/tasks/24/'] },
	{ q: '青年人才', answers: ['/support/outstanding-youth-support/', '/tasks/24/'] },
	{ q: '科技特派员', answers: ['/support/commissioner-subsidy/', '/tasks/24/'] },
	{ q: '特派员补贴', answers: ['/support/commissioner-subsidy/', '/tasks/24/'] },
	{ q: '退役军人创业', answers: ['/support/military-talent-policy/', '/tasks/27/'] },
	{ q: '转业军人', answers: ['/support/military-talent-policy/', '/tasks/27/'] },
	// Kinds of enterprise.
	{ q: '专精特新', answers: ladder },
	{ q: '小巨人', answers: ladder },
	{ q: '科小', answers: ['/support/tech-sme-cultivation/', '/tasks/9/'] },
	{ q: '瞪羚企业', answers: ['/targets/high-growth-enterprises/', '/support/tech-sme-cultivation/', '/tasks/9/', '/tasks/8/'] },
	{ q: '规上企业', answers: ['/support/above-scale-rd-help/', '/tasks/13/'] },
	{ q: '规上企业研发', answers: ['/support/above-scale-rd-help/', '/tasks/13/'] },
	// Upgrading, listing.
	{ q: '技改补贴', answers: upgrade },
	{ q: '技术改造', answers: upgrade },
	{ q: '数字化转型', answers: upgrade },
	{ q: '上市辅导', answers: listing },
	{ q: 'IPO', answers: listing },
	{ q: '上市补贴', answers: listing },
	{ q: '新三板', answers: listing },
	// Research money and projects.
	{ q: '研发补贴', answers: rdReward },
	{ q: '研发费用补助', answers: rdReward },
	{ q: '研发投入补贴', answers: rdReward },
	{ q: '研发费用归集', answers: ['/support/rd-reserve-guidance/', '/tasks/14/'] },
	{ q: '项目申报', answers: projects },
	{ q: '立项', answers: projects },
	{ q: '科研项目资助', answers: projects },
	{ q: '卡脖子技术', answers: ['/support/key-technology-matching/', '/tasks/12/', '/support/higher-level-projects/'] },
	{ q: '技术攻关补助', answers: ['/support/key-technology-matching/', '/tasks/12/'] },
	{ q: '自然基金', answers: ['/tasks/12/', '/support/higher-level-projects/', '/targets/natural-science-fund-projects/'] },
	{ q: '配套资金', answers: ['/support/key-technology-matching/', '/support/new-rd-matching/'] },
	{ q: '新型研发机构补贴', answers: ['/support/new-rd-matching/', '/support/new-rd-founding/', '/tasks/8/'] },
	{ q: '创新平台补贴', answers: ['/support/innovation-platforms/', '/support/key-technology-matching/', '/tasks/6/'] },
	{ q: '孵化器补贴', answers: ['/support/incubators/', '/tasks/5/'] },
	{ q: '众创空间', answers: ['/support/incubators/', '/tasks/5/'] },
	{ q: '产学研', answers: ['/support/research-platforms/', '/tasks/7/'] },
	{ q: '校企联合', answers: ['/support/research-platforms/', '/tasks/7/'] },
	// Transfer, IP, standards.
	{ q: '专利转让', answers: ['/support/ip-capitalisation/', '/support/technology-transfer-reward/', '/tasks/22/', '/tasks/19/'] },
	{ q: '技术合同补贴', answers: ['/support/contract-registration-reward/', '/tasks/21/'] },
	{ q: '技术合同奖励', answers: ['/support/contract-registration-reward/', '/tasks/21/'] },
	{ q: '专利补贴', answers: ['/support/ip-capitalisation/', '/support/ip-service-station/', '/support/standards-brand-incentive/', '/tasks/22/'] },
	{ q: '知识产权服务站', answers: ['/support/ip-service-station/', '/tasks/22/'] },
	{ q: '专利维权', answers: ['/support/ip-service-station/', '/tasks/22/'] },
	{ q: '标准制定奖励', answers: ['/support/standards-brand-incentive/', '/tasks/22/'] },
	{ q: '品牌建设', answers: ['/support/standards-brand-incentive/', '/tasks/22/'] },
	{ q: '军民融合', answers: ['/support/civil-military-matching/', '/tasks/20/'] },
	{ q: '军工企业', answers: ['/support/civil-military-matching/', '/tasks/20/'] },
	{
		q: '科技中介',
		answers: [
			'/support/transfer-service-institutions/',
			'/support/technical-service-recommendation/',
			'/support/contract-registration-reward/',
			'/support/public-service-platforms/',
			'/tasks/19/',
			'/tasks/21/',
		],
	},
	// Services.
	{ q: '政策平台', answers: ['/support/policy-express-platform/', '/tasks/30/'] },
	{ q: '政策匹配', answers: ['/support/policy-express-platform/', '/tasks/30/'] },
	{ q: '免申即享', answers: ['/support/policy-express-platform/', '/tasks/30/'] },
	{ q: '政策宣讲会', answers: ['/support/policy-outreach/', '/tasks/29/'] },
	{ q: '网上申报', answers: ['/support/online-services/', '/tasks/31/'] },
	{ q: '一网通办', answers: ['/support/online-services/', '/tasks/31/'] },
	{ q: '学会', answers: ['/support/academic-societies/', '/tasks/31/'] },
	// Industries.
	{ q: '芯片企业', answers: ['/support/ic-design-platform/', '/tasks/3/'] },
	{ q: '半导体', answers: ['/support/ic-design-platform/', '/tasks/3/'] },
	{ q: '航天企业', answers: ['/support/aerospace-base/', '/support/casc-transfer-center/', '/tasks/2/', '/tasks/4/', '/tasks/17/'] },
	{ q: '医疗器械企业', answers: ['/support/medical-device-center/', '/tasks/16/'] },
	{ q: '生物医药', answers: ['/support/medical-device-center/', '/tasks/16/', '/tasks/18/'] },
	// Units, in their everyday names.
	{ q: '金融办', answers: ['/departments/qu-jin-rong-shi-wu-zhong-xin/'] },
	{ q: '税务部门', answers: ['/departments/qu-shui-wu-ju/'] },
	{ q: '市监局', answers: ['/departments/qu-shi-chang-jian-guan-ju/'] },
	{ q: '科学技术协会', answers: ['/departments/qu-ke-xie/', '/tasks/35/'] },
	// Science outreach.
	{ q: '科普活动', answers: ['/tasks/35/', '/tasks/29/'] },
	{ q: '科学素养', answers: ['/targets/science-literacy/', '/tasks/35/'] },
	{ q: '科普志愿者', answers: ['/targets/science-info-officers/', '/tasks/29/', '/tasks/35/'] },
	// Who pays: the reward-scope rule.
	{ q: '园区企业奖励', answers: rewardScope },
	{ q: '谁发钱', answers: rewardScope },
];
