import { z } from 'zod';

// The environment, validated once. A bad value stops the process with a message that names the
// variable and says what it should look like, instead of failing later in some request.

const booleanFlag = z
	.enum(['true', 'false', '1', '0', ''])
	.optional()
	.transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	DATABASE_URL: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : undefined))
		.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
			message: 'must be a postgres:// or postgresql:// URL, or unset to use the embedded PGlite'
		}),
	PGLITE_DIR: z.string().trim().min(1).default('./data/pglite'),
	ORIGIN: z
		.string()
		.trim()
		.optional()
		.refine((v) => v === undefined || v === '' || /^https?:\/\/[^/]+$/.test(v), {
			message: 'must be an origin like http://localhost:3000 (scheme and host, no path)'
		}),
	DATABASE_POOL_MAX: z.coerce
		.number({ message: 'must be a whole number' })
		.int()
		.min(1)
		.max(200)
		.default(10),
	/** seed demo accounts and community content; defaults to on for the embedded database */
	SEED_DEMO: z.enum(['true', 'false', 'auto']).default('auto'),
	/** run migrations and the first-run seed when the server starts */
	AUTO_MIGRATE: z.enum(['true', 'false']).default('true'),
	SESSION_IDLE_MINUTES: z.coerce
		.number()
		.int()
		.min(5)
		.max(60 * 24 * 30)
		.default(60 * 24 * 7),
	SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
	LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
	/** turn off rate limits (benchmarks only) */
	DISABLE_RATE_LIMITS: booleanFlag,
	/** where mail goes; unset keeps every mail in the admin outbox (/admin/outbox) */
	SMTP_URL: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : undefined))
		.refine((v) => v === undefined || /^smtps?:\/\/[^/\s]+/.test(v), {
			message:
				'must be an smtp:// or smtps:// URL (like smtps://mail.example.org:465, with the account in it if the server needs one), or unset'
		}),
	/** the From of every mail; default "Scenario Hub <no-reply@ORIGIN's host>" */
	MAIL_FROM: z
		.string()
		.trim()
		.max(300)
		.optional()
		.transform((v) => (v ? v : undefined))
		.refine((v) => v === undefined || /^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(v), {
			message:
				'must be an address, like no-reply@example.org or Scenario Hub <no-reply@example.org>'
		}),
	/** how long a mail may wait for the SMTP server to connect, greet or answer */
	SMTP_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(10),
	/**
	 * the AI coach: the base URL of an OpenAI-compatible API, like https://api.example.org/v1
	 * (`/chat/completions` is added); unset = no coach
	 */
	COACH_API_URL: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : undefined))
		.refine((v) => v === undefined || /^https?:\/\/[^/\s]+/.test(v), {
			message:
				'must be an http:// or https:// URL (the API base, like https://api.example.org/v1), or unset for no coach'
		}),
	/** sent to the coach as "Authorization: Bearer …"; unset = no Authorization header */
	COACH_API_KEY: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : undefined)),
	/** the model the coach asks for */
	COACH_MODEL: z
		.string()
		.trim()
		.max(200)
		.optional()
		.transform((v) => v || 'gpt-4o-mini'),
	/** how long the coach may take to answer one attempt before its run is marked failed */
	COACH_TIMEOUT_SECONDS: z.coerce
		.number({ message: 'must be a whole number' })
		.int()
		.min(1)
		.max(300)
		.default(30)
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
	const result = envSchema.safeParse(source);
	if (!result.success) {
		const lines = result.error.issues.map(
			(issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`
		);
		throw new EnvError(`Invalid environment, fix these and start again:\n${lines.join('\n')}`);
	}
	return result.data;
}

export class EnvError extends Error {
	override name = 'EnvError';
}

let cached: Env | undefined;

/** The process environment, validated on first use; exits the process on a bad value. */
export function env(): Env {
	if (!cached) {
		try {
			cached = parseEnv(process.env);
		} catch (error) {
			if (error instanceof EnvError) {
				console.error(error.message);
				process.exit(1);
			}
			throw error;
		}
	}
	return cached;
}
