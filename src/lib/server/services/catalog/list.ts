import type { z } from 'zod';
import {
	and,
	arrayOverlaps,
	desc,
	eq,
	inArray,
	isNotNull,
	isNull,
	lte,
	not,
	or,
	sql,
	type SQL
} from 'drizzle-orm';
import { decodeCursor, encodeCursor, type CursorValue } from '../../../domain/cursor';
import { toPrefixTsquery } from '../../../domain/search';
import type { Sort } from '../../../schemas/enums';
import { scenarioListInputSchema } from '../../../schemas/scenario';
import type { Executor } from '../../db/client';
import {
	scenarioMetadata,
	scenarioReviews,
	scenarios,
	userScenarioProgress,
	users
} from '../../db/schema';
import { AppError } from '../../errors';

// Reading the catalogue: the library (`scenario.list`), the marketplace (`marketplace.list`)
// and one scenario's page (`scenario.bySlug`). Only what invariant 6 allows is ever listed.

export type CatalogScope = 'library' | 'marketplace';

/** Approved, active, and for community scenarios public: what anyone may see in a list. */
export function listedCondition(): SQL {
	return and(
		eq(scenarios.status, 'approved'),
		eq(scenarios.isActive, true),
		or(isNull(scenarios.createdByUserId), eq(scenarios.visibility, 'public'))
	)!;
}

/** A quest: a scenario for children, with a psychological module and an age range. */
export function questCondition(): SQL {
	return and(isNotNull(scenarios.psychologicalModule), isNotNull(scenarios.ageRange))!;
}

const tsquery = (q: string) => sql`to_tsquery('english', ${q})`;

/**
 * A search sorted by relevance ranks at most this many matches (the first the index finds that
 * pass every filter). Ranking reads each match's whole search vector: a word in most of 100 000
 * scenarios ("call") took 2-4 s where a rare word took 0.2 s. Past this bound a learner refines
 * the search rather than pages on, so the cost of a search no longer grows with its matches.
 */
export const SEARCH_CANDIDATES = 1000;

interface SortSpec {
	/** expression the page is ordered by (descending), then id descending */
	key: SQL;
	kind: 'number' | 'date';
	/** SQL type of the key, so the keyset comparison can use the index */
	type: 'real' | 'float8' | 'int' | 'timestamptz';
}

function sortSpec(sort: Sort, query: string | null): SortSpec {
	switch (sort) {
		case 'relevance':
			if (query) {
				return {
					key: sql`ts_rank_cd(${scenarios.searchVector}, ${tsquery(query)})`,
					kind: 'number',
					type: 'real'
				};
			}
			return { key: sql`${scenarioMetadata.ratingScore}`, kind: 'number', type: 'float8' };
		case 'top_rated':
			return { key: sql`${scenarioMetadata.ratingScore}`, kind: 'number', type: 'float8' };
		case 'most_saved':
			return { key: sql`${scenarioMetadata.amountSavedCount}`, kind: 'number', type: 'int' };
		case 'trending':
			return { key: sql`${scenarioMetadata.trendingLog}`, kind: 'number', type: 'float8' };
		case 'most_played':
			return { key: sql`${scenarioMetadata.totalTimesUsed}`, kind: 'number', type: 'int' };
		case 'newest':
			return { key: sql`${scenarios.createdAt}`, kind: 'date', type: 'timestamptz' };
	}
}

export interface CatalogItem {
	id: string;
	slug: string;
	title: string;
	description: string;
	mode: 'phone' | 'chat';
	category: string;
	skills: string[];
	difficulty: 'beginner' | 'intermediate' | 'advanced';
	estimatedTime: number;
	psychologicalModule: string | null;
	ageRange: string | null;
	cefrLevel: string | null;
	contentWarnings: string[];
	isOneTime: boolean;
	/** ISO 8601: list answers carry no Date, so they skip superjson's walk (trpc/transformer.ts) */
	createdAt: string;
	authorName: string | null;
	isCommunity: boolean;
	stats: {
		saves: number;
		plays: number;
		attempts: number;
		averageRating: number | null;
		ratingsCount: number;
		completionRate: number | null;
		trendingLog: number;
	};
	review: { averageScore: number; reviewedAt: string } | null;
	viewer: { isSaved: boolean; timesCompleted: number; inProgress: boolean } | null;
}

export interface CatalogPage {
	items: CatalogItem[];
	nextCursor: string | null;
}

/** What every listing shows of a scenario: the library, the marketplace and the external API. */
export const scenarioSummaryColumns = {
	id: scenarios.id,
	slug: scenarios.slug,
	title: scenarios.title,
	description: scenarios.description,
	mode: scenarios.mode,
	category: scenarios.category,
	skills: scenarios.skills,
	difficulty: scenarios.difficulty,
	estimatedTime: scenarios.estimatedTime,
	psychologicalModule: scenarios.psychologicalModule,
	ageRange: scenarios.ageRange,
	cefrLevel: scenarios.cefrLevel,
	contentWarnings: scenarios.contentWarnings
};

export async function listScenarios(
	db: Executor,
	input: z.output<typeof scenarioListInputSchema>,
	options: {
		scope: CatalogScope;
		viewerId?: string | null;
		/** the relevance bound; tests make it small */
		searchCandidates?: number;
	}
): Promise<CatalogPage> {
	const query = input.search ? toPrefixTsquery(input.search) : null;
	if (input.search && !query) return { items: [], nextCursor: null };
	const sort: Sort = input.sort ?? (query ? 'relevance' : 'top_rated');
	const spec = sortSpec(sort, query);

	const conditions: (SQL | undefined)[] = [listedCondition()];
	if (options.scope === 'marketplace') conditions.push(isNotNull(scenarios.createdByUserId));
	if (query) conditions.push(sql`${scenarios.searchVector} @@ ${tsquery(query)}`);
	if (input.skills?.length) conditions.push(arrayOverlaps(scenarios.skills, input.skills));
	if (input.difficulty?.length) conditions.push(inArray(scenarios.difficulty, input.difficulty));
	if (input.maxMinutes) conditions.push(lte(scenarios.estimatedTime, input.maxMinutes));
	if (input.mode) conditions.push(eq(scenarios.mode, input.mode));
	if (input.psychologicalModule)
		conditions.push(eq(scenarios.psychologicalModule, input.psychologicalModule));
	if (input.ageRange) conditions.push(eq(scenarios.ageRange, input.ageRange));
	if (input.cefrLevel) conditions.push(eq(scenarios.cefrLevel, input.cefrLevel));
	if (input.kind === 'quests') conditions.push(questCondition());
	if (input.hideWarnings?.length) {
		conditions.push(not(arrayOverlaps(scenarios.contentWarnings, input.hideWarnings)));
	}
	if (query && sort === 'relevance') {
		// The bound applies after every filter, so a filter never empties a page the bound filled.
		const candidates = db
			.select({ id: scenarios.id })
			.from(scenarios)
			.where(and(...conditions))
			.limit(options.searchCandidates ?? SEARCH_CANDIDATES);
		conditions.push(inArray(scenarios.id, candidates));
	}
	if (input.cursor) {
		const cursor = decodeCursor(input.cursor);
		if (!cursor)
			throw new AppError('BAD_REQUEST', 'That page cursor is not valid', { field: 'cursor' });
		conditions.push(keysetCondition(spec, cursor.value, cursor.id));
	}

	const latestReview = sql<{ averageScore: number; reviewedAt: string } | null>`(
		select json_build_object(
			'averageScore', (r.emotional_safety_score + r.therapeutic_correctness_score + r.age_appropriateness_score + r.reveal_timing_score) / 4.0,
			'reviewedAt', r.created_at)
		from ${scenarioReviews} r
		where r.scenario_id = ${scenarios.id} and r.decision = 'approved'
		order by r.created_at desc limit 1)`;

	const viewerId = options.viewerId ?? null;
	const rows = await db
		.select({
			...scenarioSummaryColumns,
			isOneTime: scenarios.isOneTime,
			createdAt: scenarios.createdAt,
			createdByUserId: scenarios.createdByUserId,
			authorName: users.displayName,
			saves: scenarioMetadata.amountSavedCount,
			plays: scenarioMetadata.totalTimesUsed,
			attempts: scenarioMetadata.totalAttempts,
			averageRating: scenarioMetadata.averageRating,
			ratingsCount: scenarioMetadata.ratingsCount,
			completionRate: scenarioMetadata.completionRate,
			trendingLog: scenarioMetadata.trendingLog,
			sortKey: sql<CursorValue>`${spec.key}`,
			review: latestReview,
			viewerSaved: viewerId ? userScenarioProgress.isSaved : sql<boolean | null>`null`,
			viewerCompleted: viewerId ? userScenarioProgress.timesCompleted : sql<number | null>`null`,
			viewerInProgress: viewerId
				? sql<boolean>`exists (select 1 from scenario_attempts a
						where a.user_id = ${viewerId} and a.scenario_id = ${scenarios.id} and a.finished_at is null)`
				: sql<boolean | null>`null`
		})
		.from(scenarios)
		.innerJoin(scenarioMetadata, eq(scenarioMetadata.scenarioId, scenarios.id))
		.leftJoin(users, eq(users.id, scenarios.createdByUserId))
		.leftJoin(
			userScenarioProgress,
			viewerId
				? and(
						eq(userScenarioProgress.scenarioId, scenarios.id),
						eq(userScenarioProgress.userId, viewerId)
					)
				: sql`false`
		)
		.where(and(...conditions))
		.orderBy(desc(spec.key), desc(scenarios.id))
		.limit(input.limit + 1);

	const hasMore = rows.length > input.limit;
	const page = rows.slice(0, input.limit);
	const last = page.at(-1);
	return {
		items: page.map((r) => ({
			id: r.id,
			slug: r.slug,
			title: r.title,
			description: r.description,
			mode: r.mode,
			category: r.category,
			skills: r.skills,
			difficulty: r.difficulty,
			estimatedTime: r.estimatedTime,
			psychologicalModule: r.psychologicalModule,
			ageRange: r.ageRange,
			cefrLevel: r.cefrLevel,
			contentWarnings: r.contentWarnings,
			isOneTime: r.isOneTime,
			createdAt: r.createdAt.toISOString(),
			authorName: r.createdByUserId ? r.authorName : null,
			isCommunity: r.createdByUserId !== null,
			stats: {
				saves: r.saves,
				plays: r.plays,
				attempts: r.attempts,
				averageRating: r.averageRating,
				ratingsCount: r.ratingsCount,
				completionRate: r.completionRate,
				trendingLog: r.trendingLog
			},
			review: r.review
				? {
						averageScore: Number(r.review.averageScore),
						reviewedAt: new Date(r.review.reviewedAt).toISOString()
					}
				: null,
			viewer: viewerId
				? {
						isSaved: r.viewerSaved ?? false,
						timesCompleted: r.viewerCompleted ?? 0,
						inProgress: r.viewerInProgress === true
					}
				: null
		})),
		nextCursor: hasMore && last ? encodeCursor(cursorValue(spec, last.sortKey), last.id) : null
	};
}

function cursorValue(spec: SortSpec, value: unknown): CursorValue {
	if (value === null || value === undefined) return null;
	if (spec.kind === 'date')
		return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
	return Number(value);
}

function keysetCondition(spec: SortSpec, value: CursorValue, id: string): SQL {
	if (value === null) return sql`${scenarios.id} < ${id}`;
	if (spec.type === 'int' && !Number.isInteger(value)) {
		throw new AppError('BAD_REQUEST', 'That page cursor is not valid', { field: 'cursor' });
	}
	const typed = sql`${spec.kind === 'date' ? String(value) : Number(value)}::${sql.raw(spec.type)}`;
	return sql`(${spec.key}, ${scenarios.id}) < (${typed}, ${id}::uuid)`;
}
