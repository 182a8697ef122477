/**
 * The view of /data/ (开放数据): each dataset with its record count and its fields (name, type, meaning,
 * whether required), read from the dataset's JSON Schema so the page and the files cannot disagree.
 */
import { describeType, fieldNames, jsonSchemaOf } from './model.ts';
import { openDatasets, provenance } from './data.ts';

type RecordSchema = { properties: { records: { items: { properties: Record<string, Record<string, unknown> & { description?: string }>; required?: string[] } } } };

export async function openDataPage() {
	const { source } = await provenance();
	const datasets = await Promise.all(
		openDatasets.map(async (d) => {
			const record = (jsonSchemaOf(d) as RecordSchema).properties.records.items;
			return {
				d,
				count: (await d.records()).length,
				fields: fieldNames(d).map((name) => ({
					name,
					type: describeType(record.properties[name]),
					note: record.properties[name]?.description ?? '',
					required: record.required?.includes(name) ?? false,
				})),
			};
		}),
	);
	return { source, datasets };
}
