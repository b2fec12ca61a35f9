import { sql } from 'drizzle-orm';
import type { TokenCalibration, TokenSupply } from '../../../domain/token-plan';
import { queryRows, type Executor } from '../../db/client';

// Reading the token ledger: pools, which pool each skill is in, calibrations, explicit supplies.

export async function activePools(db: Executor) {
	return queryRows<{ id: string; name: string; description: string }>(
		db,
		sql`select id, name, description from skill_pools where is_active order by sort_order, name`
	);
}

export async function poolOfSkill(db: Executor): Promise<Map<string, string>> {
	const rows = await queryRows<{ slug: string; pool_id: string }>(
		db,
		sql`select s.slug, s.pool_id from skills s join skill_pools p on p.id = s.pool_id
			where p.is_active order by s.sort_order, s.slug`
	);
	return new Map(rows.map((r) => [r.slug, r.pool_id]));
}

export async function calibrations(db: Executor): Promise<TokenCalibration[]> {
	const rows = await queryRows<{ skill_pool_id: string; tokens_per_hour: number; day: string }>(
		db,
		sql`select skill_pool_id, tokens_per_hour, effective_date::text as day from token_calibrations`
	);
	return rows.map((r) => ({
		poolId: r.skill_pool_id,
		tokensPerHour: Number(r.tokens_per_hour),
		effectiveDate: r.day
	}));
}

export async function suppliesOf(
	db: Executor,
	scenarioIds: readonly string[]
): Promise<Map<string, TokenSupply[]>> {
	const out = new Map<string, TokenSupply[]>(scenarioIds.map((id) => [id, []]));
	if (scenarioIds.length === 0) return out;
	const rows = await queryRows<{ scenario_id: string; skill_pool_id: string; tokens: number }>(
		db,
		sql`select scenario_id, skill_pool_id, tokens from token_supplies
			where scenario_id in (${sql.join(
				scenarioIds.map((id) => sql`${id}::uuid`),
				sql`, `
			)})`
	);
	for (const r of rows) {
		out.get(r.scenario_id)?.push({ poolId: r.skill_pool_id, tokens: Number(r.tokens) });
	}
	return out;
}
