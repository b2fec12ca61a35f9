import type { Executor } from './client';

/**
 * A prepared query per database handle (the app's, a test's, a transaction). Drizzle then
 * builds the SQL once, and postgres.js sends it as a named statement that PostgreSQL parses
 * and plans once per connection instead of on every call (STACK.md gotcha 10; about 0.8 ms
 * saved per call in bench/REPORT.md's conditions).
 *
 * Only for fixed-shape lookups on a unique key, where the cached generic plan is the custom
 * plan. Not for the catalogue: with skewed filters PostgreSQL's generic plan for it sorts every
 * match (measured 694 ms instead of 3 ms for a common skill), see ARCHITECTURE.md.
 */
export function preparedPer<Q>(build: (db: Executor) => Q): (db: Executor) => Q {
	const cache = new WeakMap<Executor, Q>();
	return (db) => {
		let query = cache.get(db);
		if (!query) {
			query = build(db);
			cache.set(db, query);
		}
		return query;
	};
}
