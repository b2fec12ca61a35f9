import { count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { apiKeys, metadataProposals, scenarioMetadata, scenarios, users } from '../../db/schema';
import { metadataCoverage } from './scenarios';

// App-wide numbers for the admin home. Aggregates only: no one's own rows are ever shown.

const WEEKS = 12;

function startOfWeek(date: Date): Date {
	const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
	const day = (d.getUTCDay() + 6) % 7; // Monday = 0, as date_trunc('week') counts
	d.setUTCDate(d.getUTCDate() - day);
	return d;
}

export async function adminMetrics(db: Executor, now = new Date()) {
	const firstWeek = startOfWeek(new Date(now.getTime() - (WEEKS - 1) * 7 * 86_400_000));
	const top = (order: ReturnType<typeof desc>[], where?: ReturnType<typeof gt>) =>
		db
			.select({
				id: scenarios.id,
				slug: scenarios.slug,
				title: scenarios.title,
				plays: scenarioMetadata.totalTimesUsed,
				attempts: scenarioMetadata.totalAttempts,
				saves: scenarioMetadata.amountSavedCount,
				averageRating: scenarioMetadata.averageRating,
				ratingsCount: scenarioMetadata.ratingsCount,
				completionRate: scenarioMetadata.completionRate
			})
			.from(scenarioMetadata)
			.innerJoin(scenarios, eq(scenarios.id, scenarioMetadata.scenarioId))
			.where(where)
			.orderBy(...order, desc(scenarios.id))
			.limit(8);

	const [byStatus, weekly, mostUsed, topRated, mostAttempted, coverage, roles, [keys], proposals] =
		await Promise.all([
			db
				.select({ status: scenarios.status, count: count() })
				.from(scenarios)
				.groupBy(scenarios.status),
			queryRows<{ week: string; completions: number }>(
				db,
				sql`select to_char(date_trunc('week', finished_at at time zone 'UTC'), 'YYYY-MM-DD') as week,
						count(*)::int as completions
					from scenario_attempts
					where outcome = 'completed' and finished_at >= ${firstWeek.toISOString()}::timestamptz
					group by 1 order by 1`
			),
			top([desc(scenarioMetadata.totalTimesUsed)], gt(scenarioMetadata.totalTimesUsed, 0)),
			top([desc(scenarioMetadata.ratingScore)], gt(scenarioMetadata.ratingsCount, 0)),
			top([desc(scenarioMetadata.totalAttempts)], gt(scenarioMetadata.totalAttempts, 0)),
			metadataCoverage(db),
			db.select({ role: users.role, count: count() }).from(users).groupBy(users.role),
			db.select({ active: count() }).from(apiKeys).where(isNull(apiKeys.revokedAt)),
			db
				.select({ pending: count() })
				.from(metadataProposals)
				.where(eq(metadataProposals.status, 'pending'))
		]);

	const byWeek = new Map(weekly.map((w) => [w.week, Number(w.completions)]));
	const completionsOverTime = Array.from({ length: WEEKS }, (_, i) => {
		const week = new Date(firstWeek.getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10);
		return { week, completions: byWeek.get(week) ?? 0 };
	});

	return {
		scenariosByStatus: byStatus
			.map((s) => ({ status: s.status, count: Number(s.count) }))
			.sort((a, b) => b.count - a.count),
		completionsOverTime,
		mostUsed,
		topRated,
		completionRates: mostAttempted,
		coverage,
		usersByRole: roles.map((r) => ({ role: r.role, count: Number(r.count) })),
		activeApiKeys: Number(keys.active),
		pendingProposals: Number(proposals[0]?.pending ?? 0)
	};
}
