import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	auditLog,
	metadataProposals,
	scenarioRevisions,
	scenarios,
	skills
} from '../../src/lib/server/db/schema';
import { analyzeScenario } from '../../src/lib/domain/metadata-analyzer';
import { readQuery } from '../../src/lib/server/external-api/http';
import { listActiveSkills, listExternalScenarios } from '../../src/lib/server/external-api/queries';
import { scenariosQuerySchema } from '../../src/lib/server/external-api/schemas';
import { loadTaxonomy } from '../../src/lib/server/services/admin/backfill';
import { findUnknownSkills } from '../../src/lib/server/services/progress/verify';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser } from '../support/factories';

describe.each(ENGINES)('skill taxonomy on %s', (engine) => {
	let database: TestDatabase;
	let admin: Awaited<ReturnType<typeof makeUser>>;
	const as = () => callerAs(database.db, admin).admin.skill;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		admin = await makeUser(database.db, { role: 'admin' });
	});
	afterAll(() => database?.destroy());

	async function skillsOf(id: string) {
		const [row] = await database.db
			.select({ skills: scenarios.skills, metadataVersion: scenarios.metadataVersion })
			.from(scenarios)
			.where(eq(scenarios.id, id));
		return row;
	}

	async function lastAudit(action: string) {
		const rows = await database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, action))
			.orderBy(auditLog.id);
		return rows.at(-1);
	}

	it('lists the taxonomy in order with usage counts', async () => {
		await makeScenario(database.db, { content: { skills: ['grief-support', 'active-listening'] } });
		await makeScenario(database.db, { content: { skills: ['grief-support'] }, status: 'draft' });
		const list = await as().list();
		expect(list).toHaveLength(15);
		expect(list[0].slug).toBe('active-listening');
		expect(list.find((s) => s.slug === 'grief-support')!.usage).toBe(2);
		expect(list.find((s) => s.slug === 'termination')!.usage).toBe(0);
	});

	it('adds a skill with a slug derived from its name, unique', async () => {
		const created = await as().create({
			name: 'Cultural Humility & Respect',
			description: 'Curiosity about the caller’s culture.'
		});
		expect(created.slug).toBe('cultural-humility-and-respect');
		const list = await as().list();
		expect(list.at(-1)!.slug).toBe('cultural-humility-and-respect');
		await expect(as().create({ name: 'cultural humility & respect' })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await expect(as().create({ name: '!!' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(await lastAudit('skill.create')).toMatchObject({
			actorId: admin.id,
			entityId: 'cultural-humility-and-respect'
		});
	});

	it('adds a skill named in any script: the slug keeps its letters, and every use of a slug takes it', async () => {
		const arabic = await as().create({
			name: 'الإصغاء الفعال',
			description: 'الإصغاء إلى المتصل دون مقاطعة.'
		});
		expect(arabic.slug).toBe('الإصغاء-الفعال');
		const chinese = await as().create({ name: '积极倾听' });
		expect(chinese.slug).toBe('积极倾听');
		expect(await lastAudit('skill.create')).toMatchObject({ entityId: '积极倾听' });

		// On a scenario (content schema), in the library's and the marketplace's filter, the
		// admin grid's filter, the external API's query string and its skills list.
		const scenario = await makeScenario(database.db, {
			content: {
				title: 'مكالمة: الإصغاء الفعال',
				description: 'تدريب على الإصغاء الفعال.',
				skills: [arabic.slug]
			}
		});
		const anyone = callerAs(database.db, null);
		for (const list of [anyone.scenario.list, anyone.marketplace.list]) {
			const page = await list({ skills: [arabic.slug], limit: 50 });
			expect(page.items.map((i) => i.id)).toEqual(
				list === anyone.scenario.list ? [scenario.id] : []
			);
		}
		const grid = await callerAs(database.db, admin).admin.scenario.list({ skill: arabic.slug });
		expect(grid.items.map((i) => i.id)).toEqual([scenario.id]);
		const url = new URL(
			`http://x/api/external/scenarios?skills=${encodeURIComponent(`${arabic.slug},${chinese.slug}`)}`
		);
		const query = readQuery(url, scenariosQuerySchema);
		expect(query.skills).toEqual([arabic.slug, chinese.slug]);
		const external = await listExternalScenarios(database.db, query);
		expect(external.scenarios.map((s) => [s.id, s.skill])).toEqual([[scenario.id, arabic.slug]]);
		expect((await listActiveSkills(database.db)).skills.map((s) => s.slug)).toContain(arabic.slug);

		// The analyzer finds it by its name in a scenario's text.
		const analysis = analyzeScenario(
			{ title: 'تدريب', description: 'نتدرب على الإصغاء الفعال اليوم.', category: null },
			await loadTaxonomy(database.db)
		);
		expect(analysis.skills).toContain(arabic.slug);
		await expect(findUnknownSkills(database.db)).resolves.toEqual([]);
	});

	it('refuses a name over the limit with a plain message instead of cutting it', async () => {
		const long = `Motivational interviewing for callers who ${'x'.repeat(40)}`;
		await expect(as().create({ name: long })).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('A skill name has at most 60 characters')
		});
		const [row] = await database.db
			.select()
			.from(skills)
			.where(eq(skills.name, long.slice(0, 60)));
		expect(row).toBeUndefined();
		// One character of slug ("C#" → "c") gets a short suffix rather than a refusal.
		expect((await as().create({ name: 'C#' })).slug).toMatch(/^c-[0-9a-f]{4}$/);
	});

	it('renames a skill: the new slug replaces the old one in every scenario, revision and proposal, in one transaction', async () => {
		await as().create({ name: 'Warm handover' });
		const a = await makeScenario(database.db, {
			content: { skills: ['active-listening', 'warm-handover', 'grief-support'] }
		});
		const b = await makeScenario(database.db, {
			content: { skills: ['warm-handover'] },
			status: 'draft'
		});
		const untouched = await makeScenario(database.db, { content: { skills: ['termination'] } });
		const before = await skillsOf(a.id);
		const [revision] = await database.db
			.insert(scenarioRevisions)
			.values({
				scenarioId: untouched.id,
				authorId: admin.id,
				baseVersion: 1,
				content: { title: 'x', skills: ['warm-handover', 'termination'] }
			})
			.returning();
		const [proposal] = await database.db
			.insert(metadataProposals)
			.values({
				scenarioId: b.id,
				proposedSkills: ['warm-handover'],
				proposedDifficulty: 'beginner',
				proposedEstimatedTime: 10,
				baseMetadataVersion: 1
			})
			.returning();

		const result = await as().update({
			slug: 'warm-handover',
			newSlug: 'warm-transfer',
			name: 'Warm transfer',
			description: 'Handing a caller over without dropping them.'
		});
		expect(result.scenariosRewritten).toBe(2);
		expect(await skillsOf(a.id)).toEqual({
			skills: ['active-listening', 'warm-transfer', 'grief-support'],
			metadataVersion: before.metadataVersion + 1
		});
		expect((await skillsOf(b.id)).skills).toEqual(['warm-transfer']);
		expect((await skillsOf(untouched.id)).skills).toEqual(['termination']);
		const [rev] = await database.db
			.select()
			.from(scenarioRevisions)
			.where(eq(scenarioRevisions.id, revision.id));
		expect(rev.content.skills).toEqual(['warm-transfer', 'termination']);
		const [prop] = await database.db
			.select()
			.from(metadataProposals)
			.where(eq(metadataProposals.id, proposal.id));
		expect(prop.proposedSkills).toEqual(['warm-transfer']);
		expect(await findUnknownSkills(database.db)).toEqual([]);
		expect(await lastAudit('skill.rename')).toMatchObject({
			before: { slug: 'warm-handover', name: 'Warm handover' },
			after: { slug: 'warm-transfer', name: 'Warm transfer', scenariosRewritten: 2 }
		});

		// A rename onto a taken slug changes nothing.
		await expect(
			as().update({
				slug: 'warm-transfer',
				newSlug: 'termination',
				name: 'Warm transfer',
				description: ''
			})
		).rejects.toMatchObject({ code: 'CONFLICT' });
		expect((await skillsOf(a.id)).skills).toContain('warm-transfer');
	});

	it('renames and describes without touching scenarios when the slug stays', async () => {
		const a = await makeScenario(database.db, { content: { skills: ['termination'] } });
		const before = await skillsOf(a.id);
		const result = await as().update({
			slug: 'termination',
			name: 'Closing the contact',
			description: 'Ending well.'
		});
		expect(result.scenariosRewritten).toBe(0);
		expect(result.skill).toMatchObject({ slug: 'termination', name: 'Closing the contact' });
		expect(await skillsOf(a.id)).toEqual(before);
	});

	it('reorders the whole taxonomy, refusing a partial or stale order', async () => {
		const list = await as().list();
		const reversed = list.map((s) => s.slug).reverse();
		await as().reorder({ slugs: reversed });
		expect((await as().list()).map((s) => s.slug)).toEqual(reversed);
		const active = await callerAs(database.db, null).skill.active();
		expect(active[0].slug).toBe(reversed[0]);
		await expect(as().reorder({ slugs: reversed.slice(1) })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await as().reorder({ slugs: list.map((s) => s.slug) });
	});

	it('deactivates: gone from skill.active, still on scenarios (flagged in the grid), refused in new metadata', async () => {
		const s = await makeScenario(database.db, {
			content: { skills: ['medication-support', 'active-listening'] }
		});
		const result = await as().setActive({ slug: 'medication-support', active: false });
		expect(result.usage).toBeGreaterThanOrEqual(1);
		const active = await callerAs(database.db, null).skill.active();
		expect(active.map((k) => k.slug)).not.toContain('medication-support');
		expect((await skillsOf(s.id)).skills).toContain('medication-support');

		const grid = await callerAs(database.db, admin).admin.scenario.list({ search: s.slug });
		expect(grid.items[0]).toMatchObject({
			inactiveSkills: ['medication-support'],
			complete: false
		});
		await expect(
			callerAs(database.db, admin).admin.scenario.updateMetadata({
				scenarioId: s.id,
				skills: ['medication-support'],
				difficulty: 'beginner',
				estimatedTime: 10
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });

		await as().setActive({ slug: 'medication-support', active: true });
		expect((await callerAs(database.db, null).skill.active()).map((k) => k.slug)).toContain(
			'medication-support'
		);
		expect(await lastAudit('skill.reactivate')).toBeTruthy();
	});

	it('merges A into B: arrays rewritten without duplicates, A deleted or kept deactivated', async () => {
		await as().create({ name: 'Crisis calming' });
		await as().create({ name: 'Calming voice' });
		const both = await makeScenario(database.db, {
			content: { skills: ['crisis-calming', 'de-escalation', 'active-listening'] }
		});
		const onlyA = await makeScenario(database.db, {
			content: { skills: ['grief-support', 'crisis-calming'] }
		});
		const intoFirst = await makeScenario(database.db, {
			content: { skills: ['de-escalation', 'crisis-calming'] }
		});
		const result = await as().merge({ from: 'crisis-calming', into: 'de-escalation' });
		expect(result.scenariosRewritten).toBe(3);
		expect((await skillsOf(both.id)).skills).toEqual(['de-escalation', 'active-listening']);
		expect((await skillsOf(onlyA.id)).skills).toEqual(['grief-support', 'de-escalation']);
		expect((await skillsOf(intoFirst.id)).skills).toEqual(['de-escalation']);
		const remaining = await database.db
			.select()
			.from(skills)
			.where(eq(skills.slug, 'crisis-calming'));
		expect(remaining).toHaveLength(0);
		expect(await findUnknownSkills(database.db)).toEqual([]);

		const kept = await makeScenario(database.db, { content: { skills: ['calming-voice'] } });
		await as().merge({ from: 'calming-voice', into: 'de-escalation', deleteSource: false });
		expect((await skillsOf(kept.id)).skills).toEqual(['de-escalation']);
		const [source] = await database.db
			.select()
			.from(skills)
			.where(eq(skills.slug, 'calming-voice'));
		expect(source.isActive).toBe(false);

		await expect(
			as().merge({ from: 'grief-support', into: 'calming-voice' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			as().merge({ from: 'grief-support', into: 'grief-support' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(await lastAudit('skill.merge')).toMatchObject({
			after: { into: 'de-escalation', source: 'deactivated', scenariosRewritten: 1 }
		});
	});

	it('deletes only a skill no scenario carries', async () => {
		await as().create({ name: 'Unused skill' });
		await expect(as().delete({ slug: 'grief-support' })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await as().delete({ slug: 'unused-skill' });
		expect(
			await database.db
				.select()
				.from(skills)
				.where(inArray(skills.slug, ['unused-skill']))
		).toHaveLength(0);
		await expect(as().delete({ slug: 'unused-skill' })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect(await lastAudit('skill.delete')).toMatchObject({ before: { slug: 'unused-skill' } });
	});

	it('keeps scenarios and the taxonomy consistent when a delete races a metadata edit', async () => {
		await as().create({ name: 'Racing skill' });
		const s = await makeScenario(database.db, { content: { skills: ['active-listening'] } });
		const results = await Promise.allSettled([
			callerAs(database.db, admin).admin.scenario.updateMetadata({
				scenarioId: s.id,
				skills: ['racing-skill'],
				difficulty: 'beginner',
				estimatedTime: 10
			}),
			as().delete({ slug: 'racing-skill' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
		expect(await findUnknownSkills(database.db)).toEqual([]);
	});
});
