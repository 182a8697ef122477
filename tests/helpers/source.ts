/**
 * The official source text as the tests read it: reference/official-source.txt (a copy of the
 * text extracted from the published PDF) with the page-break repairs of reference/repairs.json.
 * Independent of the site's content files: this is what the site is compared against.
 */
import fs from 'node:fs';

interface Repair {
	from: string;
	to: string;
}

const rawSource = fs.readFileSync('reference/official-source.txt', 'utf8');
export const repairs: Repair[] = JSON.parse(fs.readFileSync('reference/repairs.json', 'utf8')).repairs;

/** The source with every repair applied; each repair must match exactly once. */
export function repairedSource(): string {
	let t = rawSource;
	for (const r of repairs) {
		const n = t.split(r.from).length - 1;
		if (n !== 1) throw new Error(`repair ${JSON.stringify(r.from)} matches ${n} times`);
		t = t.replace(r.from, r.to);
	}
	return t;
}

/** Non-empty trimmed lines of the repaired source. */
export function sourceLines(): string[] {
	return repairedSource()
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
}

/** The notice and the plan body: from the masthead to the annex title line (inclusive). */
export function bodyText(): string {
	const lines = sourceLines();
	const start = lines.indexOf('中共长沙市开福区委文件');
	const end = lines.findIndex((l) => l.startsWith('附件：'));
	if (start < 0 || end < 0) throw new Error('source layout not recognised');
	return lines.slice(start, end + 1).join('\n');
}

/** The body text of one action: the lines after its （N） heading up to the next heading. */
export function actionBodyText(numeral: string): string {
	const lines = sourceLines();
	const start = lines.findIndex((l) => l.startsWith(`（${numeral}）`));
	const end = lines.findIndex((l, i) => i > start && (/^（[一二三四五]）/.test(l) || /^四、/.test(l)));
	return lines.slice(start + 1, end).join('\n');
}

/** The annex rows: number → the 具体任务 cell, read from the tab-separated table. */
export function annexCells(): Map<number, { text: string; lead: string; units: string | undefined }> {
	const t = repairedSource();
	const table = t.slice(t.indexOf('重点任务\t序号'));
	const rows = new Map<number, { text: string; lead: string; units: string | undefined }>();
	for (const line of table.split('\n')) {
		const cells = line.split('\t').map((c) => c.trim());
		const i = cells.findIndex((c) => /^\d{1,2}$/.test(c));
		if (i < 0) continue;
		const [text, lead, units] = cells.slice(i + 1).filter(Boolean);
		rows.set(Number(cells[i]), { text: text!, lead: lead!, units });
	}
	return rows;
}

/** The source line that starts with `prefix`, whitespace removed. */
export function squashLine(prefix: string): string {
	const line = sourceLines().find((l) => l.startsWith(prefix));
	if (!line) throw new Error(`no source line starts with ${prefix}`);
	return line.replace(/\s+/g, '');
}
