/** /data/<id>.json, /data/<id>.csv and /data/<id>.schema.json for every dataset of the registry. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaOf, openDataFormats, toCsv, toJson, type OpenDataFormat } from '../../open-data/model.ts';
import { openDatasets, provenance } from '../../open-data/data.ts';

export const getStaticPaths = (() => openDatasets.flatMap((d) => openDataFormats.map((format) => ({ params: { file: `${d.id}.${format}` }, props: { id: d.id, format } })))) satisfies GetStaticPaths;

const types: Record<OpenDataFormat, string> = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	'schema.json': 'application/schema+json; charset=utf-8',
};

export const GET: APIRoute = async ({ props }) => {
	const { id, format } = props as { id: string; format: OpenDataFormat };
	const d = openDatasets.find((x) => x.id === id)!;
	let body: string;
	if (format === 'schema.json') body = JSON.stringify(jsonSchemaOf(d), null, 2) + '\n';
	else {
		const records = (await d.records()) as Array<Record<string, unknown>>;
		body = format === 'csv' ? toCsv(d, records) : toJson(d, records, await provenance());
	}
	return new Response(body, { headers: { 'Content-Type': types[format] } });
};
