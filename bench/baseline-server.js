// The bare baseline: node:http and postgres.js, no framework, replaying the SQL the app sends
// for each benchmarked request (recorded by bench/capture.ts, passed as a JSON file). It answers
// the same paths as the app, so the load generator sends both byte-identical requests.
// Usage: DATABASE_URL=... PORT=... node bench/baseline-server.js <workload.json>
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import postgres from 'postgres';

/** @typedef {{ text: string, params: unknown[] }} Statement */

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// postgres.js's default named statements (parsed once per connection), but planned for each
// call's values like the app's unnamed ones: PostgreSQL's generic plan for the filtered list
// sorts every match and takes 150-270 ms instead of 7-13 ms (bench/ANALYSIS.md).
const sql = postgres(process.env.DATABASE_URL ?? '', {
	max: Number(process.env.DATABASE_POOL_MAX ?? 10),
	onnotice: () => {},
	connection: { plan_cache_mode: 'force_custom_plan' }
});

// JSON parameters go as the strings the app made, as Drizzle's driver sends them: postgres.js
// would otherwise JSON-encode them again (a prepared `$1::jsonb` is typed jsonb), turning the
// practice loop's '[]' into a JSON string. Dates keep postgres.js's defaults, as in earlier runs.
/** @param {unknown} value */
const asSent = (value) => value;
sql.options.serializers['114'] = asSent;
sql.options.serializers['3802'] = asSent;

/** @param {unknown[]} params @param {Record<string, string>} refs */
function bind(params, refs) {
	return params.map((p) =>
		p && typeof p === 'object' && !Array.isArray(p) && 'ref' in p ? refs[String(p.ref)] : p
	);
}

/**
 * @param {import('postgres').Sql} db
 * @param {Statement} statement
 * @param {Record<string, string>} [refs]
 */
function run(db, statement, refs = {}) {
	return db.unsafe(statement.text, /** @type {never} */ (bind(statement.params, refs))).values();
}

const sha256 = (/** @type {string} */ value) => createHash('sha256').update(value).digest('hex');

/** @param {unknown} value */
const escapeHtml = (value) =>
	String(value ?? '').replace(
		/[&<>"']/g,
		(c) =>
			/** @type {Record<string, string>} */ ({
				'&': '&amp;',
				'<': '&lt;',
				'>': '&gt;',
				'"': '&quot;',
				"'": '&#39;'
			})[c]
	);

/** @param {http.ServerResponse} res @param {number} status @param {string} body @param {string} type */
function send(res, status, body, type = 'application/json') {
	res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
	res.end(body);
}

/** Rows of the last statement as JSON. */
async function json(/** @type {Statement[]} */ statements, refs = {}) {
	let rows = [];
	for (const statement of statements) rows = await run(sql, statement, refs);
	return JSON.stringify(rows);
}

/** The library page: the skills and the list, rendered into a minimal HTML document. */
async function page(/** @type {Statement[]} */ statements) {
	const [skills, list] = [await run(sql, statements[0]), await run(sql, statements[1])];
	const items = list
		.slice(0, 24)
		.map(
			(row) =>
				`<li><a href="/scenarios/${escapeHtml(row[1])}">${escapeHtml(row[2])}</a><p>${escapeHtml(row[3])}</p></li>`
		)
		.join('');
	const options = skills.map(
		(s) => `<option value="${escapeHtml(s[0])}">${escapeHtml(s[1])}</option>`
	);
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scenarios</title></head><body><h1>Scenarios</h1><select name="skill">${options.join('')}</select><ul>${items}</ul></body></html>`;
}

/** The current window of the per-user mutation limit, as the app computes it. */
function windowStart() {
	const ms = spec.mutationWindowSeconds * 1000;
	return new Date(Math.floor(Date.now() / ms) * ms).toISOString();
}

/**
 * The session lookup of a mutation (which also counts it against the user's limit, as the app's
 * does in production configuration): the user's id, or null for no session.
 * @param {http.IncomingMessage} req
 */
async function sessionUser(req) {
	const token = /(?:^|;\s*)session=([a-z2-7]{32})/.exec(req.headers.cookie ?? '')?.[1];
	if (!token) return null;
	const [session] = await run(sql, spec.session, {
		sessionId: sha256(token),
		windowStart: windowStart()
	});
	return session ? String(session[spec.sessionUserColumn]) : null;
}

const UNAUTHORIZED = { status: 401, body: '{"error":"UNAUTHORIZED"}' };

/** progress.save: the session lookup, then the service's one statement. */
async function save(/** @type {http.IncomingMessage} */ req, /** @type {string} */ body) {
	const userId = await sessionUser(req);
	if (!userId) return UNAUTHORIZED;
	const input = JSON.parse(body).json;
	const refs = { userId, scenarioId: String(input.scenarioId) };
	// The service's single statement: [playable, changed, saves].
	const [[playable, changed, saves]] = await run(
		sql,
		input.saved ? spec.save.save : spec.save.unsave,
		refs
	);
	const result =
		Number(changed) > 0 || playable === true
			? { saved: Boolean(input.saved), changed: Number(changed) > 0, saves: Number(saves) }
			: null;
	if (!result) return { status: 404, body: '{"error":"NOT_FOUND"}' };
	return { status: 200, body: JSON.stringify({ result: { data: { json: result } } }) };
}

/**
 * One call of the practice loop: the session lookup, then the statements the app sent for it,
 * in the same transactions. The attempt's id comes from the input (or, when starting, from the
 * statement that creates it); the evaluation run's id from the statement that creates it.
 * @param {http.IncomingMessage} req @param {string} procedure @param {string} body
 */
async function practice(req, procedure, body) {
	const userId = await sessionUser(req);
	if (!userId) return UNAUTHORIZED;
	const input = JSON.parse(body).json;
	const call = spec.practice.calls.find(
		(/** @type {{ procedure: string, input: { stepId?: string } }} */ c) =>
			c.procedure === procedure && c.input.stepId === input.stepId
	);
	if (!call) return { status: 404, body: '{"error":"NOT_FOUND"}' };
	/** @type {Record<string, string>} */
	const refs = { userId, attemptId: String(input.attemptId ?? '') };
	/** @type {unknown[][]} */
	let rows = [];
	/** @param {import('postgres').Sql} db @param {Statement & { produces?: string }} statement */
	const one = async (db, statement) => {
		rows = await run(db, statement, refs);
		if (statement.produces) refs[statement.produces] = String(rows[0]?.[0]);
	};
	const steps = call.statements;
	for (let i = 0; i < steps.length; i++) {
		if (steps[i] === 'begin') {
			const end = steps.indexOf('commit', i);
			await sql.begin(async (tx) => {
				for (const statement of steps.slice(i + 1, end)) await one(tx, statement);
			});
			i = end;
		} else await one(sql, steps[i]);
	}
	const result = procedure === 'progress.startAttempt' ? { attemptId: refs.attemptId } : rows;
	return { status: 200, body: JSON.stringify({ result: { data: { json: result } } }) };
}

const server = http.createServer((req, res) => {
	const chunks = /** @type {Buffer[]} */ ([]);
	req.on('data', (chunk) => chunks.push(chunk));
	req.on('end', async () => {
		try {
			const route = spec.routes[req.url ?? ''];
			if (req.method === 'POST' && req.url === spec.savePath) {
				const answer = await save(req, Buffer.concat(chunks).toString('utf8'));
				return send(res, answer.status, answer.body);
			}
			const procedure = /^\/api\/trpc\/(progress\.(?:startAttempt|respond|finishAttempt))$/.exec(
				req.url ?? ''
			)?.[1];
			if (req.method === 'POST' && procedure && spec.practice) {
				const answer = await practice(req, procedure, Buffer.concat(chunks).toString('utf8'));
				return send(res, answer.status, answer.body);
			}
			if (!route) return send(res, 404, '{"error":"NOT_FOUND"}');
			if (route.kind === 'html')
				return send(res, 200, await page(route.statements), 'text/html; charset=utf-8');
			const keyHash = sha256(String(req.headers['x-api-key'] ?? ''));
			if (route.kind === 'external' && !(await run(sql, route.statements[0], { keyHash }))[0]) {
				return send(res, 401, '{"error":"UNAUTHORIZED"}');
			}
			const statements = route.kind === 'external' ? route.statements.slice(1) : route.statements;
			return send(res, 200, await json(statements, { keyHash }));
		} catch (error) {
			console.error(error);
			send(res, 500, '{"error":"INTERNAL_SERVER_ERROR"}');
		}
	});
});

server.listen(Number(process.env.PORT ?? 3100), process.env.HOST ?? '127.0.0.1', () => {
	console.log(`baseline listening on ${process.env.PORT}`);
});
process.once('SIGTERM', () => {
	server.close();
	void sql.end({ timeout: 1 }).finally(() => process.exit(0));
});
