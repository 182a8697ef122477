import { describe, expect, it } from 'vitest';
import { officialText, page, squash } from '../helpers/dist.ts';
import { actionBodyText, annexCells, bodyText } from '../helpers/source.ts';

/** Reports the first place two squashed texts part, with some context, instead of a 10 KB diff. */
function firstDifference(actual: string, expected: string): string | undefined {
	if (actual === expected) return undefined;
	let i = 0;
	while (i < actual.length && actual[i] === expected[i]) i++;
	return `differs at character ${i}:\n  site:   …${actual.slice(Math.max(0, i - 20), i + 30)}\n  source: …${expected.slice(Math.max(0, i - 20), i + 30)}`;
}

describe('fidelity: the site shows the official text, character for character (whitespace ignored)', () => {
	it('/plan/ renders the notice and the whole plan body exactly as the source', () => {
		const container = page('/plan/').querySelector('[data-official]');
		expect(container, '/plan/ has a [data-official] container').toBeTruthy();
		const site = officialText(container!);
		const source = squash(bodyText());
		// The comparison covers the whole document, from the masthead to the annex title.
		expect(source.startsWith('中共长沙市开福区委文件开发〔2021〕17号')).toBe(true);
		expect(source.endsWith('重点任务分解表')).toBe(true);
		expect(source.length).toBeGreaterThan(5000);
		expect(firstDifference(site, source)).toBeUndefined();
	});

	it.each([
		['1', '一'],
		['2', '二'],
		['3', '三'],
		['4', '四'],
		['5', '五'],
	])('/actions/%s/ renders the text of action （%s） exactly', (id, numeral) => {
		const container = page(`/actions/${id}/`).querySelector('[data-official]');
		expect(container).toBeTruthy();
		expect(firstDifference(officialText(container!), squash(actionBodyText(numeral)))).toBeUndefined();
	});

	const cells = annexCells();
	it('the source annex has 35 rows', () => {
		expect([...cells.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
	});

	it.each([...cells.entries()])('task %i: the annex wording on /annex/ and /tasks/N/ equals the source cell', (n, cell) => {
		const onAnnex = page('/annex/').querySelector(`[data-official-task="${n}"]`);
		const onTask = page(`/tasks/${n}/`).querySelector(`[data-official-task="${n}"]`);
		expect(onAnnex && squash(onAnnex.textContent)).toBe(squash(cell.text));
		expect(onTask && squash(onTask.textContent)).toBe(squash(cell.text));
	});

	it.each([...cells.entries()])('task %i: lead and units on /tasks/N/ are the source cells', (n, cell) => {
		const dds = page(`/tasks/${n}/`).querySelectorAll('.task-units dd');
		expect(squash(dds[0]!.textContent)).toBe(squash(cell.lead));
		if (cell.units) expect(squash(dds[1]!.textContent)).toBe(squash(cell.units));
		else expect(squash(dds[1]!.textContent)).toContain('原表未列明');
	});
});
