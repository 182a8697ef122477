/**
 * Open data: each dataset is published as /data/<id>.json, /data/<id>.csv and /data/<id>.schema.json.
 * A dataset is defined once (src/open-data/data.ts): its zod record schema, a Chinese note
 * per field, and where its records come from. The JSON Schema is generated from the zod schema; the
 * CSV is written by csv-stringify (UTF-8 with BOM, so spreadsheet programs read the Chinese text).
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';

/** The formats each dataset is published in, as file-name endings. */
export const openDataFormats = ['json', 'csv', 'schema.json'] as const;
export type OpenDataFormat = (typeof openDataFormats)[number];

/** Separator of list values inside one CSV cell: a character the official text never uses (its own ；、 would be ambiguous). */
export const CSV_LIST_SEPARATOR = '|';

// zod's object type with any shape (refinements allowed).
type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface OpenDataset<S extends AnyObject = AnyObject> {
	/** File-name stem: targets → /data/targets.json. ASCII. */
	id: string;
	/** The dataset's name, for /data/ and the JSON file. */
	title: string;
	/** One or two sentences on what a record is. */
	description: string;
	/** The schema of one record; the JSON Schema is generated from it. */
	record: S;
	/** A note in Chinese on every field of the record (the build fails if one is missing or extra). */
	fields: { [K in keyof z.output<S>]-?: string };
	/** The records, in a stable order. */
	records(): Promise<Array<z.output<S>>>;
}

/** Typed helper for registry entries (infers the record type from the schema). */
export function defineDataset<S extends AnyObject>(d: OpenDataset<S>): OpenDataset<S> {
	return d;
}

/** What every JSON file says about where its data come from. */
export interface Provenance {
	/** The document, e.g. 《…》（开发〔2021〕17号）. */
	source: string;
}

/** The schema of a whole JSON file: its dataset id, title, source and records. */
export function fileSchema(d: OpenDataset) {
	return z.strictObject({
		dataset: z.literal(d.id),
		title: z.string(),
		source: z.string(),
		records: z.array(d.record),
	});
}

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; items?: JsonSchema; required?: string[] };

/** The JSON Schema of a dataset's JSON file, generated from its zod schema, with the field notes as descriptions. */
export function jsonSchemaOf(d: OpenDataset): JsonSchema {
	const schema = z.toJSONSchema(fileSchema(d), { io: 'output', target: 'draft-2020-12' }) as JsonSchema;
	const props = schema.properties!;
	schema.title = d.title;
	schema.description = d.description;
	props.dataset!.description = '数据集标识';
	props.title!.description = '数据集名称';
	props.source!.description = '数据来源文件';
	props.records!.description = '记录列表';
	const record = props.records!.items!;
	const fields = d.fields as Record<string, string>;
	const names = Object.keys(record.properties ?? {});
	const missing = names.filter((n) => !fields[n]);
	const extra = Object.keys(fields).filter((n) => !names.includes(n));
	if (missing.length || extra.length) {
		throw new Error(
			`open data "${d.id}": ${missing.length ? `fields without a note: ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `notes for unknown fields: ${extra.join(', ')}` : ''}`,
		);
	}
	for (const n of names) record.properties![n]!.description = fields[n];
	return schema;
}

/** The record's field names, in schema order (the CSV columns). */
export function fieldNames(d: OpenDataset): string[] {
	return Object.keys(d.record.shape);
}

/** One CSV cell: lists of plain values joined by |, objects and lists of objects as JSON, null as empty. */
export function csvCell(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (Array.isArray(v)) {
		if (!v.every((x) => x === null || typeof x !== 'object')) return JSON.stringify(v);
		const items = v.map((x) => (x === null ? '' : String(x)));
		const clash = items.find((x) => x.includes(CSV_LIST_SEPARATOR));
		if (clash !== undefined) throw new Error(`CSV: the list value "${clash}" contains the separator ${CSV_LIST_SEPARATOR}`);
		return items.join(CSV_LIST_SEPARATOR);
	}
	if (typeof v === 'object') return JSON.stringify(v);
	return String(v);
}

/**
 * A cell that a spreadsheet program would read as a formula (text starting with = + - @, or a tab or
 * carriage return before one) gets a leading apostrophe, the mark spreadsheet programs use for "text,
 * not a formula" (OWASP's advice against CSV injection); plain numbers such as -5 stay as they are. The
 * JSON files keep every value unchanged. Today only the comparator "=" of targets is affected.
 */
export function formulaSafe(cell: string): string {
	if (!/^[=+\-@\t\r]/.test(cell)) return cell;
	if (/^[+-]?\d+(\.\d+)?$/.test(cell)) return cell;
	return `'${cell}`;
}

/** The CSV file: a header of field names, one row per record, CRLF line ends, UTF-8 with BOM, formula-safe cells. */
export function toCsv(d: OpenDataset, records: ReadonlyArray<Record<string, unknown>>): string {
	const names = fieldNames(d);
	const rows = records.map((r) => names.map((n) => formulaSafe(csvCell(r[n]))));
	return '\uFEFF' + stringify([names, ...rows], { record_delimiter: 'windows' });
}

/** The JSON file, checked against the dataset's schema first (a record that does not fit fails the build). */
export function toJson(d: OpenDataset, records: ReadonlyArray<Record<string, unknown>>, provenance: Provenance): string {
	const file = fileSchema(d).parse({ dataset: d.id, title: d.title, source: provenance.source, records });
	return JSON.stringify(file, null, 2) + '\n';
}

/** A field's type in words, from its JSON Schema (for the /data/ page). */
export function describeType(s: JsonSchema | undefined): string {
	if (!s) return '';
	if (Array.isArray(s.anyOf)) return (s.anyOf as JsonSchema[]).map(describeType).join(' 或 ');
	if (Array.isArray(s.enum)) return `取值：${(s.enum as unknown[]).map(String).join('、')}`;
	if ('const' in s) return `固定为 ${String(s.const)}`;
	const t = s.type;
	if (Array.isArray(t)) return t.map((x) => describeType({ ...s, type: x })).join(' 或 ');
	switch (t) {
		case 'string':
			return s.format === 'date' ? '日期（YYYY-MM-DD）' : s.format === 'uri' ? '网址' : '文本';
		case 'integer':
			return '整数';
		case 'number':
			return '数值';
		case 'boolean':
			return '是否（true/false）';
		case 'null':
			return '空';
		case 'array':
			return `列表（${describeType(s.items) || '任意'}）`;
		case 'object':
			return `对象（${Object.keys(s.properties ?? {}).join('、')}）`;
		default:
			return '';
	}
}
