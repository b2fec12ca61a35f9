import fc from 'fast-check';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { isPlainJson, serializeOutput } from '../../src/lib/server/trpc/transformer';

// The answers' fast path must say exactly what superjson says: the browser reads them with
// superjson.deserialize, so any value the walk lets through must be one superjson would have
// sent without meta, and everything else must still go through superjson.

describe('tRPC output serialisation', () => {
	it('sends plain JSON as superjson would, without walking it through superjson', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(serializeOutput(value)).toEqual(superjson.serialize(value));
			}),
			{ numRuns: 500 }
		);
	});

	it('leaves every value superjson describes in meta to superjson, and it round-trips', () => {
		const special = fc.oneof(
			fc.date({ noInvalidDate: true }),
			fc.constant(undefined),
			fc.constant(Number.NaN),
			fc.constant(Number.POSITIVE_INFINITY),
			fc.constant(-0),
			fc.bigInt(),
			fc.constant(new Map([['a', 1]])),
			fc.constant(new Set([1])),
			fc.constant(/x/g)
		);
		const withSpecial = fc
			.tuple(
				fc.jsonValue(),
				special,
				fc.array(fc.constantFrom('a', 'b', 'items', '0'), { maxLength: 3 })
			)
			.map(([json, odd, path]) => {
				// put the odd value somewhere inside a JSON tree
				const root: Record<string, unknown> = { data: json };
				let node = root;
				for (const key of path) node = (node[key] = {}) as Record<string, unknown>;
				node.odd = odd;
				return root;
			});
		fc.assert(
			fc.property(withSpecial, (value) => {
				expect(isPlainJson(value)).toBe(false);
				const sent = serializeOutput(value);
				expect(sent).toEqual(superjson.serialize(value));
				expect(superjson.deserialize(JSON.parse(JSON.stringify(sent)))).toEqual(value);
			}),
			{ numRuns: 300 }
		);
	});

	it('refuses class instances, sparse arrays and functions', () => {
		class Point {
			x = 1;
		}
		// eslint-disable-next-line no-sparse-arrays
		for (const value of [new Point(), [1, , 3], { f: () => 1 }, [Symbol('s')]]) {
			expect(isPlainJson(value)).toBe(false);
		}
		expect(isPlainJson({ a: [1, 'b', null, { c: true }] })).toBe(true);
		expect(isPlainJson(Object.create(null))).toBe(true);
		// superjson throws on these keys; the fast path must not send what superjson would refuse
		const polluting = JSON.parse('{"a":{"__proto__":1},"constructor":2}');
		expect(isPlainJson(polluting)).toBe(false);
		expect(() => serializeOutput(polluting)).toThrow(/prototype pollution/);
	});
});
