import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession } from '../support/http';
import { ENGINES } from '../support/db';
import { startServer, type TestServer } from '../support/server';

// The console's streaming endpoints over real HTTP on the production build: who may call them,
// the JSON-lines progress, gzip uploads, and the export download.

interface Line {
	type: 'progress' | 'done' | 'error';
	done?: number;
	total?: number;
	result?: Record<string, unknown>;
	code?: string;
	message?: string;
}

async function lines(response: Response): Promise<Line[]> {
	return (await response.text())
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l) as Line);
}

describe.each(ENGINES)('admin streaming endpoints over HTTP on %s', (engine) => {
	let server: TestServer;
	let admin: HttpSession;

	beforeAll(async () => {
		server = await startServer({ engine });
		admin = new HttpSession(server.url);
		await admin.signIn('admin@scenariohub.test', 'admin-pass-2026');
	});
	afterAll(() => server?.stop());

	it('refuses signed-out (401), learners (403) and cross-site requests (403)', async () => {
		const anonymous = new HttpSession(server.url);
		const learner = new HttpSession(server.url);
		await learner.signIn('learner@scenariohub.test', 'learner-pass-2026');
		for (const path of [
			'/admin/backfill/apply',
			'/admin/import-export/scenarios',
			'/admin/import-export/legacy'
		]) {
			expect((await anonymous.fetch(path, { method: 'POST' })).status, path).toBe(401);
			expect((await learner.fetch(path, { method: 'POST' })).status, path).toBe(403);
			const crossSite = await admin.fetch(path, {
				method: 'POST',
				headers: { origin: 'https://evil.example' }
			});
			expect(crossSite.status, path).toBe(403);
		}
		expect((await learner.fetch('/admin/import-export/export')).status).toBe(403);
	});

	it('imports gzipped drafts, then streams the backfill apply with progress to 100 % coverage', async () => {
		const document = {
			format: 'scenario-hub/scenarios',
			version: 1,
			scenarios: Array.from({ length: 12 }, (_, i) => ({
				slug: `http-draft-${i}`,
				title: `HTTP draft ${i}: a grieving caller`,
				description: 'Her partner died; grief and loss.',
				status: 'draft',
				skills: []
			}))
		};
		const imported = await admin.fetch('/admin/import-export/scenarios', {
			method: 'POST',
			headers: { 'content-type': 'application/gzip' },
			body: gzipSync(JSON.stringify(document))
		});
		expect(imported.headers.get('content-type')).toContain('application/x-ndjson');
		const importLines = await lines(imported);
		expect(importLines.at(-1)).toEqual({
			type: 'done',
			result: { created: 12, updated: 0, unchanged: 0 }
		});

		const before = await admin.trpc.admin.scenario.coverage.query();
		expect(before.complete).toBeLessThan(before.total);
		await admin.trpc.admin.backfill.generate.mutate({ scope: 'missing' });
		await admin.trpc.admin.backfill.decideAll.mutate({ decision: 'accept' });
		const applied = await lines(await admin.fetch('/admin/backfill/apply', { method: 'POST' }));
		const progress = applied.filter((l) => l.type === 'progress');
		expect(progress.length).toBeGreaterThanOrEqual(2);
		expect(progress.at(-1)).toMatchObject({ done: 12, total: 12 });
		expect(applied.at(-1)).toMatchObject({ type: 'done', result: { applied: 12, changed: 12 } });
		expect(await admin.trpc.admin.scenario.coverage.query()).toMatchObject({ ratio: 1 });

		// Nothing left to apply: the error arrives as the last line.
		const again = await lines(await admin.fetch('/admin/backfill/apply', { method: 'POST' }));
		expect(again.at(-1)).toMatchObject({ type: 'error', code: 'BAD_REQUEST' });
	});

	it('checks and imports legacy JSON lines, reporting bad lines without writing', async () => {
		const good = [
			{
				table: 'scenario_attempts',
				id: 'h1',
				userEmail: 'learner01@scenariohub.test',
				scenarioSlug: 'http-draft-0',
				startedAt: '2025-01-01T10:00:00Z',
				endedAt: '2025-01-01T10:10:00Z'
			},
			{
				table: 'scenario_outcomes',
				attemptId: 'h1',
				userEmail: 'learner01@scenariohub.test',
				scenarioSlug: 'http-draft-0',
				completed: true,
				saved: true,
				createdAt: '2025-01-01T10:10:00Z'
			}
		]
			.map((l) => JSON.stringify(l))
			.join('\n');
		const bad = `${good}\n{"table":"scenario_attempts","id":"h2"}`;
		const refused = await lines(
			await admin.fetch('/admin/import-export/legacy', {
				method: 'POST',
				headers: { 'content-type': 'application/x-ndjson' },
				body: bad
			})
		);
		expect(refused.at(-1)).toMatchObject({ type: 'error', code: 'BAD_REQUEST' });
		expect(refused.at(-1)!.message).toContain('line 3');

		const checked = await lines(
			await admin.fetch('/admin/import-export/legacy?dryRun=1', {
				method: 'POST',
				headers: { 'content-type': 'application/gzip' },
				body: gzipSync(good)
			})
		);
		expect(checked.at(-1)).toMatchObject({
			type: 'done',
			result: { imported: false, attempts: 1 }
		});
		const done = await lines(
			await admin.fetch('/admin/import-export/legacy', {
				method: 'POST',
				headers: { 'content-type': 'application/gzip' },
				body: gzipSync(good)
			})
		);
		expect(done.at(-1)).toMatchObject({
			type: 'done',
			result: { imported: true, attemptsAdded: 1 }
		});

		const notGzip = await admin.fetch('/admin/import-export/legacy', {
			method: 'POST',
			headers: { 'content-type': 'application/gzip' },
			body: 'plain text'
		});
		expect(notGzip.status).toBe(400);
	});

	it('downloads the export as a JSON attachment that imports back unchanged', async () => {
		const response = await admin.fetch('/admin/import-export/export');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="scenario-hub-scenarios-\d{4}-\d{2}-\d{2}\.json"$/
		);
		const text = await response.text();
		const document = JSON.parse(text);
		expect(document.scenarios.length).toBeGreaterThan(80);
		const reimported = await lines(
			await admin.fetch('/admin/import-export/scenarios', {
				method: 'POST',
				headers: { 'content-type': 'application/gzip' },
				body: gzipSync(text)
			})
		);
		expect(reimported.at(-1)).toEqual({
			type: 'done',
			result: { created: 0, updated: 0, unchanged: document.scenarios.length }
		});
	});
});
