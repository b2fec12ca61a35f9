import { describe, expect, it } from 'vitest';
import { pageDescription } from '../../src/lib/page-descriptions';
import { acceptsGzip } from '../../src/lib/server/http/compress';

describe('acceptsGzip', () => {
	it.each([
		['gzip, deflate, br', true],
		['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
		['*', true],
		['GZIP', true],
		['gzip;q=0', false],
		['identity', false],
		['br', false],
		['', false],
		[null, false]
	])('%s → %s', (header, expected) => {
		expect(acceptsGzip(header)).toBe(expected);
	});
});

describe('pageDescription', () => {
	it('describes every page in a search-result length, except a scenario page (its own)', () => {
		for (const id of ['/', '/scenarios', '/marketplace', '/progress', '/admin/users', null]) {
			const text = pageDescription(id);
			expect(text, String(id)).toBeTruthy();
			expect(text!.length, String(id)).toBeGreaterThanOrEqual(20);
			expect(text!.length, String(id)).toBeLessThanOrEqual(160);
		}
		expect(pageDescription('/scenarios/[slug]')).toBeNull();
	});
});
