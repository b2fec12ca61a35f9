// One line of JSON per event on stderr. Never log passwords, tokens, keys or cookies: pass
// only the fields that are safe to keep.

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = {
	debug: 10,
	info: 20,
	warn: 30,
	error: 40,
	silent: 99
};

function threshold(): number {
	const configured = (process.env.LOG_LEVEL ?? 'info') as Level | 'silent';
	return ORDER[configured] ?? ORDER.info;
}

/**
 * Drizzle puts a failed query's parameters in its error message ("params: ..."): they can hold
 * e-mails, password hashes or notes, so everything from that line on is cut.
 */
export function redactQueryParams(text: string): string {
	const at = text.search(/\bparams:/);
	return at === -1 ? text : `${text.slice(0, at)}params: [redacted]`;
}

function serialise(value: unknown, depth = 0): unknown {
	if (value instanceof Error) {
		const stackFrames = value.stack
			?.split('\n')
			.filter((line) => line.trimStart().startsWith('at '))
			.slice(0, 5);
		return {
			name: value.name,
			message: redactQueryParams(value.message),
			stack: stackFrames,
			cause: depth < 2 && value.cause ? serialise(value.cause, depth + 1) : undefined
		};
	}
	return value;
}

function write(level: Level, message: string, fields?: Record<string, unknown>) {
	if (ORDER[level] < threshold()) return;
	const entry: Record<string, unknown> = { at: new Date().toISOString(), level, message };
	for (const [key, value] of Object.entries(fields ?? {})) entry[key] = serialise(value);
	process.stderr.write(`${JSON.stringify(entry)}\n`);
}

export const logger = {
	debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
	info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
	warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
	error: (m: string, f?: Record<string, unknown>) => write('error', m, f)
};
