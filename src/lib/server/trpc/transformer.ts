import superjson, { type SuperJSONResult } from 'superjson';

// superjson on both ends, with a guarded way in. A request's `meta` tells superjson how to
// rebuild values (types per path, references shared between paths), and a crafted one can
// make it recurse until the stack runs out ("Maximum call stack size exceeded" came back to
// the caller), fail in odd ways ("root.forEach is not a function"), or build a cycle or a
// DAG that expands to billions of nodes for zod to walk. Every failure to read the input is
// one plain 400, and the rebuilt value must be a tree of bounded depth and size.

export const UNREADABLE_INPUT =
	'The request input could not be read: send JSON as the tRPC client does';

/** Deeper than any input a procedure takes (scenario content is about 6 levels). */
const MAX_DEPTH = 64;
/** Values in the input, counting a shared one once per place it appears. */
const MAX_NODES = 1_000_000;

function children(value: object): Iterable<unknown> {
	if (value instanceof Map) return [...value.keys(), ...value.values()];
	if (value instanceof Set || Array.isArray(value)) return value;
	if (value instanceof Date || value instanceof RegExp) return [];
	return Object.values(value);
}

/** Whether `value` is a tree no deeper than MAX_DEPTH with at most MAX_NODES values. */
export function isBoundedTree(value: unknown): boolean {
	const stack: [unknown, number][] = [[value, 0]];
	let nodes = 0;
	while (stack.length) {
		const [current, depth] = stack.pop()!;
		if (++nodes > MAX_NODES) return false;
		if (current === null || typeof current !== 'object') continue;
		// A cycle never ends, so it is caught here too.
		if (depth >= MAX_DEPTH) return false;
		for (const child of children(current)) stack.push([child, depth + 1]);
	}
	return true;
}

export function deserializeInput(value: unknown): unknown {
	let result: unknown;
	try {
		result = superjson.deserialize(value as SuperJSONResult);
	} catch {
		throw new Error(UNREADABLE_INPUT);
	}
	if (!isBoundedTree(result)) throw new Error(UNREADABLE_INPUT);
	return result;
}

/**
 * Whether `value` is JSON as it stands: null, strings, booleans, finite numbers (not -0), arrays
 * and plain objects of those, with no undefined anywhere. superjson then adds no meta, so its
 * answer would be `{ json: value }`: this one walk is what it costs instead of superjson's (which
 * builds a path per value and copies the tree, ~19 % of a list request's CPU in bench/REPORT.md).
 */
export function isPlainJson(value: unknown): boolean {
	const stack: unknown[] = [value];
	while (stack.length) {
		const current = stack.pop();
		switch (typeof current) {
			case 'string':
			case 'boolean':
				continue;
			case 'number':
				if (!Number.isFinite(current) || Object.is(current, -0)) return false;
				continue;
			case 'object': {
				if (current === null) continue;
				if (Array.isArray(current)) {
					for (let i = 0; i < current.length; i++) {
						if (!(i in current)) return false;
						stack.push(current[i]);
					}
					continue;
				}
				const proto = Object.getPrototypeOf(current);
				if (proto !== Object.prototype && proto !== null) return false;
				for (const key in current) {
					// superjson refuses these keys (prototype pollution): leave them to it
					if (key === '__proto__' || key === 'constructor' || key === 'prototype') return false;
					stack.push((current as Record<string, unknown>)[key]);
				}
				continue;
			}
			default:
				return false;
		}
	}
	return true;
}

/** superjson's answer, without its walk when the value is plain JSON (the list procedures). */
export function serializeOutput(value: unknown): SuperJSONResult {
	return isPlainJson(value)
		? { json: value as SuperJSONResult['json'] }
		: superjson.serialize(value);
}

export const transformer = {
	input: {
		serialize: (value: unknown) => superjson.serialize(value),
		deserialize: deserializeInput
	},
	output: { serialize: serializeOutput, deserialize: superjson.deserialize }
};
