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

export const transformer = {
	input: {
		serialize: (value: unknown) => superjson.serialize(value),
		deserialize: deserializeInput
	},
	output: superjson
};
