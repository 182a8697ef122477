import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { contentFixture, runAstro } from '../helpers/fixtures.ts';

/** Runs Astro's content sync (the first step of every build) on a content folder. */
const sync = (contentDir: string) => runAstro(['sync'], contentDir, 60_000);

describe('the build stops on a bad support measure, naming file, entry and field', () => {
	it('fails on an unknown audience and on an amount number that disagrees with its text', () => {
		const bad = (name: string) => fs.readFileSync(path.join('tests/fixtures/supports', name), 'utf8');
		// Two measures, each with one mistake (the second renamed so the ids differ).
		const text = bad('unknown-audience.yaml') + '\n' + bad('amount-disagrees.yaml').replace('id: leading-talent-reward', 'id: leading-talent-reward-2');
		const { status, output } = sync(contentFixture({ 'supports.yaml': () => text }));
		expect(status).not.toBe(0);
		expect(output).toMatch(/supports\.yaml › support leading-talent-reward › audiences\[0\]: unknown audience/);
		expect(output).toMatch(/supports\.yaml › support leading-talent-reward-2 › amountValue: 30000 disagrees with the amount text "30万元"/);
	});

	it('fails on a label the text does not state: a reward only explored, an audience not named', () => {
		const bad = (name: string) => fs.readFileSync(path.join('tests/fixtures/supports', name), 'utf8');
		const text = bad('reward-only-explored.yaml') + '\n' + bad('audience-not-named.yaml');
		const { status, output } = sync(contentFixture({ 'supports.yaml': () => text }));
		expect(status).not.toBe(0);
		expect(output).toMatch(/supports\.yaml › support technology-transfer-reward › kind: the conditions only say the district will explore it/);
		expect(output).toMatch(/supports\.yaml › support leading-talent-reward › audiences\[0\]: "科技人才" is not named in the quoted conditions/);
	});
});
