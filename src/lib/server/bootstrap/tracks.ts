import { inArray } from 'drizzle-orm';
import { parse } from 'yaml';
import { TRACK_PHASES } from '../../schemas/enums';
import { TRACK_AUDIENCES, trackSlugSchema } from '../../schemas/tracks';
import { scenarioSlugSchema } from '../../schemas/scenario';
import { z } from '../../schemas/zod';
import type { Executor } from '../db/client';
import { scenarios, trackItems, tracks } from '../db/schema';
import { logger } from '../logger';
import { loadSeedContent, SeedContentError } from './load-content';

// The built-in tracks are data: content/tracks.yaml, one entry per track with its phases'
// scenario slugs in order. Seeded once per track: a slug already in the table is left alone,
// so running the seed again (db:seed; a server seeds only a database never seeded, see
// prepare.ts) adds only new tracks and undoes no admin's edit (items removed stay removed).

const seedTrackSchema = z.strictObject({
	slug: trackSlugSchema,
	title: z.string().trim().min(1).max(120),
	description: z.string().trim().max(1000).default(''),
	audience: z.enum(TRACK_AUDIENCES),
	phases: z.partialRecord(z.enum(TRACK_PHASES), z.array(scenarioSlugSchema).min(1))
});
export type SeedTrack = z.infer<typeof seedTrackSchema>;

/** tracks.yaml, checked: valid entries, unique track slugs, a scenario at most once a track. */
export function parseSeedTracks(text: string | undefined): SeedTrack[] {
	if (text === undefined) return [];
	const parsed = z.array(seedTrackSchema).safeParse(parse(text));
	const fail = (problems: string[]) => {
		throw new SeedContentError(
			`src/lib/server/bootstrap/content/tracks.yaml is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`
		);
	};
	if (!parsed.success) {
		return fail(parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`));
	}
	const problems: string[] = [];
	const slugs = new Set<string>();
	parsed.data.forEach((track, i) => {
		if (slugs.has(track.slug)) problems.push(`${i}.slug: "${track.slug}" is used twice`);
		slugs.add(track.slug);
		const items = Object.values(track.phases).flat();
		const twice = items.filter((s, j) => items.indexOf(s) !== j);
		for (const s of twice) problems.push(`${i}.phases: "${s}" is in the track twice`);
	});
	if (problems.length > 0) fail(problems);
	return parsed.data;
}

/** Seeds the built-in tracks once (issue 16); a second run changes nothing. */
export async function syncTracks(
	db: Executor,
	options: { tracks?: SeedTrack[]; log?: (message: string) => void } = {}
): Promise<number> {
	const seed = options.tracks ?? parseSeedTracks(loadSeedContent().tracks);
	const log = options.log ?? ((message: string) => logger.warn(message));
	if (seed.length === 0) return 0;
	const created = await db
		.insert(tracks)
		.values(
			seed.map((t) => ({
				slug: t.slug,
				title: t.title,
				description: t.description,
				audience: t.audience
			}))
		)
		.onConflictDoNothing({ target: tracks.slug })
		.returning({ id: tracks.id, slug: tracks.slug });
	const trackIdOf = new Map(created.map((t) => [t.slug, t.id]));
	const fresh = seed.filter((t) => trackIdOf.has(t.slug));
	const wanted = fresh.flatMap((t) => Object.values(t.phases).flat());
	const found = wanted.length
		? await db
				.select({ id: scenarios.id, slug: scenarios.slug })
				.from(scenarios)
				.where(inArray(scenarios.slug, wanted))
		: [];
	const idOf = new Map(found.map((s) => [s.slug, s.id]));
	const items = fresh.flatMap((track) => {
		const rows = TRACK_PHASES.flatMap((phase) =>
			(track.phases[phase] ?? []).flatMap((slug) => {
				const scenarioId = idOf.get(slug);
				if (!scenarioId) {
					log(`track ${track.slug}: no scenario "${slug}", skipped`);
					return [];
				}
				return [{ phase, scenarioId }];
			})
		);
		// Positions count the items that exist, 1, 2, 3 within a phase: a skipped slug leaves no gap.
		return rows.map((row, i) => ({
			trackId: trackIdOf.get(track.slug)!,
			...row,
			position: rows.slice(0, i).filter((r) => r.phase === row.phase).length + 1
		}));
	});
	if (items.length) await db.insert(trackItems).values(items).onConflictDoNothing();
	return created.length;
}
