/**
 * The recall set: queries a reader would type, each with the pages that must come up in the
 * first five results. Expected pages are read off the official text (reference/official-source.txt:
 * the body for /plan/ anchors, the annex row for /tasks/N/) and, for /support/<id>/, off the measure's
 * title, amount and quoted conditions in content/supports.yaml, for /targets/<id>/ off the target's
 * title and clause in content/targets.yaml; never off the search's output.
 * "/plan/#a1-m1-i3" means: /plan/ is in the first five and one of the places shown for it is
 * that item, so the result opens at the clause.
 */
export interface RecallQuery {
	q: string;
	/** Pages (with the anchor a result must offer, for /plan/) that must be among the first five results. */
	top5: string[];
	/** What the query exercises. */
	kind: 'term' | 'name' | 'amount' | 'multi' | 'unit' | 'heading' | 'target';
	/** The first page of top5 must be the first result (a target's page for its own title). */
	first?: boolean;
}

export const recallQueries: RecallQuery[] = [
	// Terms of 2–6 characters a reader would type.
	{ q: '加计扣除', kind: 'term', top5: ['/support/rd-super-deduction/', '/tasks/14/', '/plan/#a2-m3'] }, // annex 14; body 2.3 “研发费用加计扣除政策”
	{ q: '人才奖励', kind: 'term', top5: ['/support/leading-talent-reward/', '/support/innovative-talent-reward/', '/tasks/23/', '/plan/#a4-m1'] }, // 领军人才…30万元、10万元的奖励
	{ q: '孵化器', kind: 'term', top5: ['/support/incubators/', '/tasks/5/', '/plan/#a1-m2-i1'] },
	{ q: '科普', kind: 'term', top5: ['/tasks/35/', '/plan/#a5-m4'] },
	{ q: '知识产权质押', kind: 'term', top5: ['/tasks/28/', '/plan/#a4-m2'] }, // 知识产权质押贷款
	{ q: '揭榜挂帅', kind: 'term', top5: ['/tasks/12/', '/plan/#a2-m2'] },
	{ q: '独角兽', kind: 'term', top5: ['/tasks/8/', '/plan/#a1-m3'] },
	{ q: '科创板', kind: 'term', top5: ['/support/star-market-pipeline/', '/tasks/11/', '/plan/#a2-m1'] },
	{ q: '研发准备金', kind: 'term', top5: ['/support/rd-reserve-guidance/', '/tasks/14/', '/plan/#a2-m3'] },
	{ q: '清零', kind: 'term', top5: ['/tasks/13/', '/plan/#a2-m3'] }, // 研发经费“清零”行动
	{ q: '挂包帮扶', kind: 'term', top5: ['/tasks/13/'] },
	{ q: '技术合同登记', kind: 'term', top5: ['/tasks/21/', '/plan/#a3-m2'] },
	{ q: '军民两用', kind: 'term', top5: ['/support/civil-military-matching/', '/tasks/20/', '/plan/#a3-m2'] },
	{ q: '民参军', kind: 'term', top5: ['/tasks/20/'] },
	{ q: '专利', kind: 'term', top5: ['/tasks/22/', '/plan/#a3-m3'] },
	{ q: '一站式', kind: 'term', top5: ['/support/talent-one-stop-service/', '/tasks/25/', '/plan/#a4-m2'] },
	{ q: '特派员', kind: 'term', top5: ['/support/commissioner-subsidy/', '/tasks/24/', '/plan/#a4-m1'] },
	{ q: '信用贷款', kind: 'term', top5: ['/support/loan-risk-pools/', '/tasks/28/', '/tasks/32/'] },
	{ q: '风险补偿资金池', kind: 'term', top5: ['/support/loan-risk-pools/', '/tasks/32/', '/plan/#a5-m3'] },
	{ q: '科技保险', kind: 'term', top5: ['/support/tech-insurance/', '/tasks/28/'] }, // body 5.3 “扎实开展科技保险工作” has no annex row of its own; its support page quotes it
	{ q: '一件事一次办', kind: 'term', top5: ['/support/online-services/', '/tasks/31/', '/plan/#a5-m2'] },
	{ q: '科普日', kind: 'term', top5: ['/tasks/29/', '/plan/#a5-m1'] },
	{ q: '新旧动能转换', kind: 'term', top5: ['/tasks/10/', '/plan/#a2-m1'] },
	{ q: '新型研发机构', kind: 'term', top5: ['/tasks/8/', '/plan/#a1-m3'] },
	{ q: '大科学装置', kind: 'term', top5: ['/tasks/4/', '/plan/#a1-m1-i4'] },
	{ q: '区块链', kind: 'term', top5: ['/tasks/1/', '/plan/#a1-m1-i1'] },
	{ q: '芯片', kind: 'term', top5: ['/tasks/3/', '/plan/#a1-m1-i3'] },
	{ q: '微电子', kind: 'term', top5: ['/tasks/3/', '/plan/#a1-m1-i3'] }, // inside 楠菲微电子 and 毅梁微电子
	{ q: '跨境电商', kind: 'term', top5: ['/tasks/23/', '/plan/#a4-m1'] },
	{ q: '全民科普素质', kind: 'heading', top5: ['/plan/#a5-m4', '/tasks/35/'] },
	{ q: '奖励对象', kind: 'term', top5: ['/plan/#reward-scope'] },
	{ q: '双创孵化平台', kind: 'term', top5: ['/plan/#goals-main'] },
	{ q: '科协覆盖率', kind: 'term', top5: ['/tasks/35/', '/plan/#a5-m4'] },

	// Names of institutions, companies and places.
	{ q: '楠菲微电子', kind: 'name', top5: ['/tasks/3/', '/plan/#a1-m1-i3'] },
	{ q: '毅梁微电子', kind: 'name', top5: ['/tasks/3/'] },
	{ q: '飞腾', kind: 'name', top5: ['/tasks/3/', '/plan/#a1-m1-i3'] },
	{ q: '航天之星', kind: 'name', top5: ['/tasks/2/', '/tasks/8/', '/plan/#a1-m1-i2'] },
	{ q: '长沙银行', kind: 'name', top5: ['/tasks/34/', '/plan/#a5-m3'] },
	{ q: '政策快车', kind: 'name', top5: ['/support/policy-express-platform/', '/tasks/30/', '/plan/#a5-m1'] },
	{ q: '湘雅医学院', kind: 'name', top5: ['/tasks/12/', '/tasks/18/'] },
	{ q: '湖南省妇幼保健院', kind: 'name', top5: ['/tasks/18/', '/plan/#a3-m1'] },
	{ q: '中科海洋研究院', kind: 'name', top5: ['/tasks/7/', '/plan/#a1-m2-i3'] },
	{ q: '德雅华兴研究院', kind: 'name', top5: ['/tasks/8/'] },
	{ q: '国防科技大学', kind: 'name', top5: ['/tasks/12/', '/tasks/27/'] },
	{ q: '湖南极盛制造产业园', kind: 'name', top5: ['/plan/#a1-m2-i1', '/tasks/5/'] }, // the body's wording; the annex writes 湖南极端制造产业园
	{ q: '飞机地面动力学', kind: 'name', top5: ['/tasks/4/', '/plan/#a1-m1-i4'] },
	{ q: '杰出创新青年', kind: 'name', top5: ['/support/outstanding-youth-support/', '/tasks/24/'] },
	{ q: '马栏山', kind: 'name', top5: ['/departments/ma-lan-shan-shi-pin-wen-chuang-chan-ye-yuan/', '/tasks/1/'] },

	// Units as the annex names them (the unit's own page first).
	{ q: '区科技局', kind: 'unit', top5: ['/departments/qu-ke-ji-ju/'] },
	{ q: '区工信局', kind: 'unit', top5: ['/departments/qu-gong-xin-ju/'] },
	{ q: '区金融事务中心', kind: 'unit', top5: ['/departments/qu-jin-rong-shi-wu-zhong-xin/'] },
	{ q: '区委人才办', kind: 'unit', top5: ['/departments/qu-wei-ren-cai-ban/'] },
	{ q: '区城投集团', kind: 'unit', top5: ['/departments/qu-cheng-tou-ji-tuan/', '/tasks/3/'] },
	{ q: '生态环境分局', kind: 'unit', top5: ['/departments/sheng-tai-huan-jing-fen-ju/', '/tasks/35/'] },
	{ q: '金霞经济开发区', kind: 'unit', top5: ['/departments/jin-xia-jing-ji-kai-fa-qu/', '/tasks/4/'] },
	{ q: '工信局', kind: 'unit', top5: ['/departments/qu-gong-xin-ju/'] },

	// Amounts.
	{ q: '30万元', kind: 'amount', top5: ['/support/leading-talent-reward/', '/tasks/23/', '/plan/#a4-m1'] },
	{ q: '10万元', kind: 'amount', top5: ['/support/innovative-talent-reward/', '/support/commissioner-subsidy/', '/tasks/23/', '/plan/#a4-m1'] }, // the two measures whose amount is 10万元
	{ q: '50亿元', kind: 'amount', top5: ['/tasks/2/', '/plan/#a1-m1-i2'] },
	{ q: '20亿元', kind: 'amount', top5: ['/tasks/3/', '/plan/#goals-main'] }, // 完成产值20亿元以上; 技术合同交易额突破 20 亿元
	{ q: '2亿元', kind: 'amount', top5: ['/tasks/2/', '/tasks/12/'] },
	{ q: '10000人', kind: 'amount', top5: ['/tasks/35/'] },

	// Section headings of the body.
	{ q: '指导思想', kind: 'heading', top5: ['/plan/#guiding'] },
	{ q: '保障措施', kind: 'heading', top5: ['/plan/#safeguards'] },
	{ q: '强化要素保障', kind: 'heading', top5: ['/plan/#safeguards-2'] },
	{ q: '科技创新委员会', kind: 'heading', top5: ['/plan/#safeguards-1'] },
	{ q: '科技人才领跑', kind: 'heading', top5: ['/actions/4/'] },
	{ q: '任务 10', kind: 'heading', top5: ['/tasks/10/'] },

	// A target's title (content/targets.yaml), typed with spaces for its ……: the target's page first,
	// and /plan/ at the clause that states it among the first five.
	{ q: '技术合同交易额', kind: 'target', first: true, top5: ['/targets/technology-contract-value/', '/plan/#goals-main'] },
	{ q: '马栏山视频文创产业园 版权交易额', kind: 'target', first: true, top5: ['/targets/malanshan-copyright-trade/', '/plan/#a1-m1-i1'] },
	{ q: '航天之星 累计产值', kind: 'target', first: true, top5: ['/targets/aerospace-cumulative-output/', '/plan/#a1-m1-i2'] },
	{ q: '飞腾长沙全国研发中心 完成产值', kind: 'target', first: true, top5: ['/targets/phytium-output/', '/plan/#a1-m1-i3'] },
	{ q: '新增国家科技型中小企业', kind: 'target', first: true, top5: ['/targets/tech-smes/', '/plan/#a2-m1'] },
	{ q: '每万人有效发明专利拥有量', kind: 'target', first: true, top5: ['/targets/invention-patents-per-10k/', '/plan/#a3-m3'] },
	{ q: '全区公民具备基本科学素质比例', kind: 'target', first: true, top5: ['/targets/science-literacy/', '/plan/#a5-m4'] },
	{ q: '注册科普信息员', kind: 'target', first: true, top5: ['/targets/science-info-officers/', '/plan/#a5-m4'] },

	// Several words.
	{ q: '区科技局 孵化器', kind: 'multi', top5: ['/tasks/5/'] },
	{ q: '人才 住房保障', kind: 'multi', top5: ['/tasks/25/', '/plan/#a4-m2'] },
	{ q: '高新技术企业 500家', kind: 'multi', top5: ['/plan/#goals-main'] },
	{ q: '马栏山 金霞 奖补资金', kind: 'multi', top5: ['/plan/#reward-scope'] },
	{ q: '知识产权 质押融资', kind: 'multi', top5: ['/tasks/22/', '/plan/#a3-m3'] },
	{ q: '研发费用 加计扣除', kind: 'multi', top5: ['/tasks/14/'] },
];
