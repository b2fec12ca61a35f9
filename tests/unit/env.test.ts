import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../../src/lib/server/env';

describe('environment validation', () => {
	it('uses the embedded database and sensible defaults when nothing is set', () => {
		const env = parseEnv({});
		expect(env.DATABASE_URL).toBeUndefined();
		expect(env.PGLITE_DIR).toBe('./data/pglite');
		expect(env.SEED_DEMO).toBe('auto');
	});

	it('treats an empty DATABASE_URL as unset', () => {
		expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
	});

	it('accepts a postgres URL', () => {
		expect(parseEnv({ DATABASE_URL: 'postgres://u@localhost:5432/db' }).DATABASE_URL).toBe(
			'postgres://u@localhost:5432/db'
		);
	});

	it('stops with a message naming each bad variable and what to fix', () => {
		let error: unknown;
		try {
			parseEnv({
				DATABASE_URL: 'mysql://nope',
				DATABASE_POOL_MAX: 'lots',
				ORIGIN: 'localhost:3000/app'
			});
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(EnvError);
		const message = (error as Error).message;
		expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
		expect(message).toMatch(/DATABASE_POOL_MAX: must be a whole number/);
		expect(message).toMatch(/ORIGIN: must be an origin like/);
	});
});
