import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirect } from '../../src/lib/server/auth/web';

// Where sign-in sends someone afterwards (`?redirectTo=`): only a path on this site, whatever a
// browser makes of the string. Browsers drop tabs and newlines inside URLs and read a backslash
// as a slash, so `/\t/evil.example` is `//evil.example`: another host.

const ORIGIN = 'https://scenarios.example';
const FALLBACK = '/scenarios';

/** Where a browser on the app goes with `Location: <target>`. */
function browserDestination(target: string) {
	return new URL(target, `${ORIGIN}/login`);
}

describe('safeRedirect', () => {
	it.each([
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/\t\t//evil.example',
		'//evil.example',
		'///evil.example',
		'/\\evil.example',
		'/\\/evil.example',
		'/.//evil.example',
		'/./\\evil.example',
		'/..//evil.example',
		'https://evil.example',
		'http:evil.example',
		'javascript:alert(1)',
		' /scenarios',
		'/scenarios\u0000',
		'/scenarios\nSet-Cookie: x=1',
		'/\u0085evil',
		'scenarios',
		'',
		null,
		undefined
	])('refuses %j', (target) => {
		expect(safeRedirect(target)).toBe(FALLBACK);
	});

	it.each([
		['/scenarios', '/scenarios'],
		['/scenarios/some-slug?intent=save', '/scenarios/some-slug?intent=save'],
		['/review?module=cbt#queue', '/review?module=cbt#queue'],
		['/studio/./new', '/studio/new'],
		['/a/../progress', '/progress'],
		['/search?q=caf\u00e9 au lait', '/search?q=caf%C3%A9%20au%20lait'],
		['/%2F%2Fevil.example', '/%2F%2Fevil.example']
	])('keeps the same-site path %j as %j', (target, expected) => {
		expect(safeRedirect(target)).toBe(expected);
		expect(browserDestination(expected).origin).toBe(ORIGIN);
	});

	it('uses the fallback it is given', () => {
		expect(safeRedirect('//evil.example', '/')).toBe('/');
	});

	// Strings built from the characters that matter to URL parsing, and any string at all.
	const tricky = fc
		.array(
			fc.constantFrom(
				'/',
				'\\',
				'.',
				'..',
				'\t',
				'\n',
				'\r',
				'\u0000',
				'\u007f',
				' ',
				'%',
				'%2F',
				'%09',
				'%5C',
				':',
				'@',
				'?',
				'#',
				'evil.example',
				'http:',
				'javascript:',
				'scenarios',
				'\u00e9',
				'\u3000',
				'\ufeff'
			),
			{ maxLength: 12 }
		)
		.map((parts) => parts.join(''));
	const anyTarget = fc.oneof(
		tricky,
		tricky.map((s) => `/${s}`),
		fc.string(),
		fc.string({ unit: 'binary' })
	);

	it('returns a path a browser resolves to this origin, or the fallback (property)', () => {
		fc.assert(
			fc.property(anyTarget, (target) => {
				const result = safeRedirect(target);
				if (result === FALLBACK) return;
				// A header-safe, ASCII path...
				expect(result).toMatch(/^\/[\x21-\x7e]*$/);
				expect(result.startsWith('//')).toBe(false);
				expect(result.startsWith('/\\')).toBe(false);
				// ...that a browser keeps on the app's origin...
				expect(browserDestination(result).origin).toBe(ORIGIN);
				// ...and is accepted unchanged the next time round.
				expect(safeRedirect(result)).toBe(result);
			}),
			{ numRuns: 5000 }
		);
	});

	it('keeps every ordinary path and query unchanged (property)', () => {
		const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
		const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`);
		const query = fc.option(
			fc
				.dictionary(segment, segment, { minKeys: 1, maxKeys: 3 })
				.map((d) => `?${new URLSearchParams(d)}`),
			{ nil: '' }
		);
		fc.assert(
			fc.property(path, query, (p, q) => {
				expect(safeRedirect(`${p}${q}`)).toBe(`${p}${q}`);
			})
		);
	});
});
