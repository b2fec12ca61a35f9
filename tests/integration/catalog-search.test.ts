import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { queryRows } from '../../src/lib/server/db/client';
import { SORTS, type Sort } from '../../src/lib/schemas/enums';
import { scenarioListInputSchema } from '../../src/lib/schemas/scenario';
import { listScenarios } from '../../src/lib/server/services/catalog/list';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser } from '../support/factories';

// The library's search and filters (`scenario.list`), on a catalogue built for the test.

describe.each(ENGINES)('library search and filters on %s', (engine) => {
	let database: TestDatabase;
	let learner: SessionUser;
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		learner = await makeUser(database.db);
		const make = async (key: string, content: Parameters<typeof makeScenario>[1]) => {
			ids[key] = (await makeScenario(database.db, content)).id;
		};
		await make('title', {
			content: {
				title: 'Insomnia caller at midnight',
				description: 'A routine call.',
				instructions: 'Listen.',
				skills: ['active-listening'],
				difficulty: 'beginner',
				estimatedTime: 10,
				mode: 'phone'
			}
		});
		await make('description', {
			content: {
				title: 'A quiet night',
				description: 'Someone with insomnia reaches out by chat.',
				instructions: 'Reflect feelings.',
				skills: ['rapport-building'],
				difficulty: 'intermediate',
				estimatedTime: 20,
				mode: 'chat',
				contentWarnings: ['self-harm']
			}
		});
		await make('instructions', {
			content: {
				title: 'Exam stress',
				description: 'A student writes in.',
				instructions: 'Ask about insomnia and sleep before anything else.',
				skills: ['anxiety-support', 'active-listening'],
				difficulty: 'advanced',
				estimatedTime: 45,
				mode: 'chat',
				psychologicalModule: 'CBT',
				contentWarnings: ['suicide']
			}
		});
		await make('quest', {
			content: {
				title: 'The brave little lighthouse',
				description: 'A quest for children about worry.',
				instructions: 'Read together.',
				skills: ['anxiety-support'],
				difficulty: 'beginner',
				estimatedTime: 15,
				mode: 'chat',
				psychologicalModule: 'IFS',
				ageRange: '7-9'
			}
		});
		await make('language', {
			content: {
				title: 'Ordering at a café',
				description: 'Practise ordering coffee politely in French.',
				instructions: 'Use the conditional.',
				skills: ['boundary-setting'],
				difficulty: 'beginner',
				estimatedTime: 5,
				mode: 'phone',
				cefrLevel: 'A2'
			}
		});
		const author = await makeUser(database.db);
		await make('draft', {
			status: 'draft',
			createdByUserId: author.id,
			content: { title: 'Insomnia draft never listed', skills: ['active-listening'] }
		});
	});
	afterAll(() => database?.destroy());

	const list = (input: Parameters<ReturnType<typeof callerAs>['scenario']['list']>[0]) =>
		callerAs(database.db, learner).scenario.list({ limit: 100, ...input });
	const keys = async (input: Parameters<typeof list>[0]) => {
		const page = await list(input);
		const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
		return page.items.map((i) => byId.get(i.id) ?? i.id);
	};

	it('searches title, description and instructions, ranks title matches first, matches prefixes', async () => {
		expect(await keys({ search: 'insomnia' })).toEqual(['title', 'description', 'instructions']);
		expect(await keys({ search: 'insom' })).toEqual(['title', 'description', 'instructions']);
		expect(await keys({ search: 'INSOMNIA midnight' })).toEqual(['title']);
		expect(await keys({ search: 'lighthouse' })).toEqual(['quest']);
		expect(await keys({ search: 'café' })).toEqual(['language']);
		expect(await keys({ search: 'zebra' })).toEqual([]);
	});

	it('filters: skills (any of), several difficulties, max minutes, mode, module, age, CEFR, hidden warnings', async () => {
		expect((await keys({ skills: ['active-listening'] })).sort()).toEqual(
			['instructions', 'title'].sort()
		);
		expect((await keys({ skills: ['rapport-building', 'boundary-setting'] })).sort()).toEqual(
			['description', 'language'].sort()
		);
		expect((await keys({ difficulty: ['intermediate', 'advanced'] })).sort()).toEqual(
			['description', 'instructions'].sort()
		);
		expect((await keys({ maxMinutes: 10 })).sort()).toEqual(['language', 'title'].sort());
		expect((await keys({ mode: 'phone' })).sort()).toEqual(['language', 'title'].sort());
		expect(await keys({ psychologicalModule: 'IFS' })).toEqual(['quest']);
		expect(await keys({ ageRange: '7-9' })).toEqual(['quest']);
		expect(await keys({ cefrLevel: 'A2' })).toEqual(['language']);
		expect((await keys({ hideWarnings: ['suicide', 'self-harm'] })).sort()).toEqual(
			['language', 'quest', 'title'].sort()
		);
		// Search and filters combine.
		expect(await keys({ search: 'insomnia', mode: 'chat', hideWarnings: ['suicide'] })).toEqual([
			'description'
		]);
		expect(
			await keys({ search: 'insomnia', skills: ['active-listening'], maxMinutes: 30 })
		).toEqual(['title']);
		expect(await keys({})).not.toContain('draft');
	});

	it('answers hostile search strings normally, and the tables are still there', async () => {
		const hostile = [
			"'; drop table scenarios; --",
			'%',
			'%%',
			'_',
			'\\',
			'\\\\',
			'😀',
			'insomnia 😀',
			'":* & | ! ( ) <-> \'',
			'<script>alert(1)</script>',
			'\u0000',
			'a'.repeat(200),
			'ﬁ ǅ Ⅻ' // compatibility forms are folded, not an error
		];
		for (const search of hostile) {
			const page = await list({ search });
			expect(Array.isArray(page.items), search).toBe(true);
		}
		expect(await keys({ search: 'insomnia 😀' })).toEqual(['title', 'description', 'instructions']);
		expect(await keys({ search: '%' })).toEqual([]);
		const [{ n }] = await queryRows<{ n: number }>(
			database.db,
			sql`select count(*)::int as n from scenarios`
		);
		expect(Number(n)).toBe(6);
		await expect(list({ search: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			list({ skills: ["'; drop table skills; --"] as unknown as string[] })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});

	it.each(SORTS)('pages by keyset under sort %s without gaps or repeats', async (sort: Sort) => {
		const whole = (await list({ sort, search: sort === 'relevance' ? 'insomnia' : undefined }))
			.items;
		const seen: string[] = [];
		let cursor: string | undefined;
		for (let i = 0; i < 10; i++) {
			const page = await list({
				sort,
				search: sort === 'relevance' ? 'insomnia' : undefined,
				limit: 2,
				cursor
			});
			seen.push(...page.items.map((item) => item.id));
			cursor = page.nextCursor ?? undefined;
			if (!cursor) break;
		}
		expect(seen).toEqual(whole.map((item) => item.id));
		expect(new Set(seen).size).toBe(seen.length);
	});

	it('refuses a forged cursor with BAD_REQUEST', async () => {
		for (const cursor of ['nonsense', Buffer.from('[1,"x"]').toString('base64url')]) {
			await expect(list({ cursor })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		}
		const forged = Buffer.from(JSON.stringify([1.5, ids.title])).toString('base64url');
		await expect(list({ sort: 'most_saved', cursor: forged })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});

	it('marks what the caller saved and has in progress, and only for the caller', async () => {
		const me = callerAs(database.db, learner);
		await me.progress.save({ scenarioId: ids.quest, saved: true });
		await me.progress.startAttempt({ scenarioId: ids.language });
		const mine = await list({});
		const quest = mine.items.find((i) => i.id === ids.quest)!;
		const language = mine.items.find((i) => i.id === ids.language)!;
		expect(quest.viewer).toMatchObject({ isSaved: true, inProgress: false });
		expect(language.viewer).toMatchObject({ isSaved: false, inProgress: true });
		expect(quest.stats.saves).toBe(1);

		const other = await makeUser(database.db);
		const theirs = await callerAs(database.db, other).scenario.list({ limit: 100 });
		expect(theirs.items.find((i) => i.id === ids.quest)?.viewer).toMatchObject({
			isSaved: false,
			inProgress: false
		});
		const anonymous = await callerAs(database.db, null).scenario.list({ limit: 100 });
		expect(anonymous.items.every((i) => i.viewer === null)).toBe(true);
	});

	it('ranks a search by relevance among a bounded set of matches, bounded after the filters', async () => {
		// Eight scenarios with one word; the two advanced ones are made last, so the first
		// matches the index finds are not them.
		const made: string[] = [];
		for (let i = 0; i < 8; i++) {
			const scenario = await makeScenario(database.db, {
				content: {
					title: `Lantern keeper ${i}`,
					description: i % 2 ? 'A lantern in the window.' : 'The keeper calls.',
					difficulty: i >= 6 ? 'advanced' : 'beginner'
				}
			});
			made.push(scenario.id);
		}
		const list = (input: Record<string, unknown>, searchCandidates?: number) =>
			listScenarios(database.db, scenarioListInputSchema.parse(input), {
				scope: 'library',
				searchCandidates
			});

		expect((await list({ search: 'lantern' })).items).toHaveLength(8);
		const bounded = await list({ search: 'lantern' }, 3);
		expect(bounded.items).toHaveLength(3);
		expect(bounded.nextCursor).toBeNull();
		// Filters first: the bound never hides what the filter asks for.
		const advanced = await list({ search: 'lantern', difficulty: ['advanced'] }, 3);
		expect(advanced.items.map((i) => i.id).sort()).toEqual(made.slice(6).sort());
		// Pages walk the bounded set once, in rank order.
		const seen: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await list({ search: 'lantern', limit: 2, cursor }, 5);
			seen.push(...page.items.map((i) => i.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor);
		expect(seen).toHaveLength(5);
		expect(new Set(seen).size).toBe(5);
		// Another sort with a search is not ranked, so not bounded.
		expect((await list({ search: 'lantern', sort: 'newest' }, 3)).items).toHaveLength(8);
	});
});
