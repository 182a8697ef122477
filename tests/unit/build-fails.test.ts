import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { contentFixture, replaceOnce, runAstro } from '../helpers/fixtures.ts';

/** Runs Astro's content sync (the first step of every build) on a content folder. */
const sync = (contentDir: string) => runAstro(['sync'], contentDir, 60_000);

describe('the build stops on bad content, naming file, entry and field', () => {
	it('fails on a task pointing to an unknown department and a missing clause', () => {
		const dir = contentFixture({
			'tasks.yaml': (t) => replaceOnce('后备库。\n  lead: 区金融事务中心\n', '后备库。\n  lead: 区金融中心\n')(replaceOnce('  clause: a1-m1-i4\n', '  clause: a1-m1-i9\n')(t)),
		});
		const { status, output } = sync(dir);
		expect(status).not.toBe(0);
		expect(output).toMatch(/tasks\.yaml › task 11 › lead: unknown department "区金融中心"/);
		expect(output).toMatch(/tasks\.yaml › task 4 › clause: no clause "a1-m1-i9"/);
	});

	it('succeeds on the real content', () => {
		const { status, output } = sync(path.resolve('content'));
		expect(output).not.toMatch(/Invalid content/);
		expect(status).toBe(0);
	});
});
