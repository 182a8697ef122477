/**
 * The built pages say only what the plan says: the site's own sentences, derived labels shown with the
 * words they rest on, and the site's readings marked as such. Expected words come from the published
 * source (tests/helpers/source.ts) or are typed from it, not copied from the site's output.
 */
import { describe, expect, it } from 'vitest';
import { page, squash } from '../helpers/dist.ts';
import { bodyText } from '../helpers/source.ts';
import { slugFromName } from '../../src/common/slug.ts';

const source = squash(bodyText());
const text = (p: string) => squash(page(p).textContent);

describe('the site’s own sentences', () => {
	it('name the strategy, the date and the years as the source does', () => {
		expect(source).toContain('落实省委“三高四新”战略');
		const pages = ['/', '/about/', '/kepu/handout/', '/support/', '/support/leading-talent-reward/'];
		for (const p of pages) {
			const t = text(p);
			expect(t, p).not.toMatch(/湖南省“三高四新”|日印发|现已期满|实施期已结束/);
		}
		expect(text('/')).toContain('落实省委“三高四新”战略');
		for (const p of ['/', '/about/', '/kepu/handout/']) expect(text(p), p).toMatch(/成文日期(为)?2021年9月13日/);
		// Whether the years are over is given only as the site's reading of the title.
		for (const p of ['/', '/support/']) {
			const t = text(p);
			if (/已过|尚未开始/.test(t)) expect(t, p).toMatch(/本站按标题注明的“2021—2023年”推算/);
		}
	});
});

describe('targets: 争取目标, deadlines as the sentence ties them, milestones', () => {
	it('a 争取/争创 commitment is never 按期完成 and shows the word it rests on', () => {
		for (const [id, word] of [
			['hypersonic-industry-base', '争取'],
			['aerospace-national-key-lab', '争创'],
		] as const) {
			const t = text(`/targets/${id}/`);
			expect(t, id).toContain('争取目标');
			expect(t, id).not.toContain('按期完成');
			expect(t, id).toContain(`原文写的是“${word}”`);
		}
		const stop = squash(page('/targets/').querySelector('#when-2021')?.textContent ?? '');
		expect(stop).toMatch(/争取高超飞行器产业基地项目落地建设争取目标（原文：“争取”，不是确定的期限）/);
	});

	it('2023 年前 is shown as such, and no year is given where the sentence ties none', () => {
		expect(source).toContain('2023年前建成省级重点实验室');
		expect(text('/targets/aerospace-provincial-key-lab/')).toContain('2023年前');
		expect(source).toContain('2023年正式投入运营，研发经费投入10亿元以上，完成产值20亿元以上');
		for (const id of ['phytium-rd-investment', 'phytium-output']) expect(text(`/targets/${id}/`), id).toContain('原文未写年份');
	});

	it('the 2021 site selection is one milestone, not two level totals', () => {
		const t = text('/targets/aerospace-rd-centre-site/');
		expect(t).toContain('时间节点');
		expect(t).not.toContain('总量目标');
	});

	it('the growth path says its base year is the site’s assumption', () => {
		expect(text('/targets/rd-spending-growth/')).toMatch(/原文未写基期，下图假设2020年为100（本站的假设），不是实际数据或估算/);
	});
});

describe('support measures and units', () => {
	it('says where the site applies the reward scope to people, quoting the paragraph', () => {
		const who = '本方案中的奖励对象仅限于开福区内的企业单位，不含行政事业单位';
		expect(source).toContain(who);
		for (const id of ['leading-talent-reward', 'innovative-talent-reward']) {
			const note = page(`/support/${id}/`).querySelector('[data-reading="reward-scope"]');
			expect(note, id).toBeTruthy();
			expect(squash(note!.textContent)).toContain(`“${who}”`);
			expect(squash(note!.textContent)).toContain('本站的理解');
		}
		// A reward to enterprises and a subsidy need no such note.
		for (const id of ['high-tech-recognition-reward', 'commissioner-subsidy']) expect(page(`/support/${id}/`).querySelector('[data-reading="reward-scope"]'), id).toBeNull();
	});

	it('task 18 has its measure, quoting the clause', () => {
		expect(text('/support/biohealth-medical-cooperation/')).toContain('鼓励区内生物健康企业加强与中南大学湘雅医学院、湖南省妇幼保健院、湖南中医附二等优势医疗资源合作');
	});

	it('a unit kind is the source’s, the site’s reading of the name, or 未注明', () => {
		for (const name of ['区税务局', '区金融事务中心', '区委人才办', '生态环境分局', '区城投集团']) expect(text(`/departments/${slugFromName(name)}/`), name).toContain('类别：原文和分解表均未注明');
		expect(text(`/departments/${slugFromName('区科技局')}/`)).toContain('区直部门（本站据名称中的“区……局”归类，原文未注明）');
		expect(text(`/departments/${slugFromName('金霞经济开发区')}/`)).toContain('园区（原文：“马栏山视频文创产业园和金霞经济开发区内企业和人才的奖补资金在园区列支”）');
	});
});
