import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { database } from '$lib/server/db';
import { migrationStatus } from '$lib/server/db/migrate';
import { APP_VERSION } from '$lib/server/version';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const db = database();
	try {
		await db.db.execute(sql`select 1`);
		const migrations = await migrationStatus(db);
		const ok = migrations.applied === migrations.available;
		return json({ ok, db: db.kind, migrations, version: APP_VERSION }, { status: ok ? 200 : 503 });
	} catch {
		return json(
			{
				ok: false,
				db: db.kind,
				migrations: null,
				version: APP_VERSION,
				error: 'database unavailable'
			},
			{ status: 503 }
		);
	}
};
