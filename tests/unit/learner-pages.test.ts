import { describe, expect, it } from 'vitest';
import { resultCount } from '../../src/lib/components/catalog/result-count';
import { errorView } from '../../src/lib/error-page';
import {
	formatDate,
	formatDay,
	isTimeZone,
	localeFromAcceptLanguage
} from '../../src/lib/format-date';

// The small pure parts of the learner pages: which error page a failure shows, how dates are
// written, how many scenarios a list says it shows.

describe('the error page', () => {
	it('is the 503 page for a database outage, however the page was reached', () => {
		const outage = {
			message: 'The service is briefly unavailable, try again in a moment',
			code: 'SERVICE_UNAVAILABLE'
		};
		// A full page load: the hooks made it a 503.
		expect(errorView(503, outage)).toMatchObject({ status: 503, title: 'Briefly unavailable' });
		// A client-side navigation: the failed node of __data.json carries no status, so
		// SvelteKit says 500; the code still says what happened.
		expect(errorView(500, outage)).toEqual({
			status: 503,
			title: 'Briefly unavailable',
			message: outage.message
		});
		// The session hook's 503 to a __data.json request, read by SvelteKit from the JSON body.
		expect(errorView(503, { message: 'Error: 503' })).toMatchObject({
			status: 503,
			message: 'The service is briefly unavailable, try again in a moment.'
		});
	});

	it('keeps other statuses and their messages', () => {
		expect(errorView(404, { message: 'No scenario with that address', code: 'NOT_FOUND' })).toEqual(
			{ status: 404, title: 'We couldn’t find that page', message: 'No scenario with that address' }
		);
		expect(errorView(404, { message: 'Not Found' }).message).toMatch(/mistyped/);
		expect(errorView(500, { message: 'Something went wrong on our side' })).toMatchObject({
			status: 500,
			title: 'Something went wrong'
		});
		expect(errorView(403, null).title).toBe('You don’t have access to this page');
	});
});

describe('dates in the reader’s locale and time zone', () => {
	const at = new Date('2026-03-10T23:30:00Z');

	it('takes the first locale of Accept-Language that Intl knows', () => {
		expect(localeFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.8')).toBe('de-DE');
		expect(localeFromAcceptLanguage('en;q=0.5, fr-CA')).toBe('fr-CA');
		expect(localeFromAcceptLanguage('*, x-not a tag!, en-US;q=0.1')).toBe('en-US');
		expect(localeFromAcceptLanguage('')).toBe('en-GB');
		expect(localeFromAcceptLanguage(null)).toBe('en-GB');
	});

	it('writes one instant the same way for the same settings, in the reader’s zone', () => {
		const london = { locale: 'en-GB', timeZone: 'Europe/London' };
		const berlin = { locale: 'de-DE', timeZone: 'Europe/Berlin' };
		const ny = { locale: 'en-US', timeZone: 'America/New_York' };
		expect(formatDate(at, 'date', london)).toBe('10 Mar 2026');
		expect(formatDate(at, 'date', berlin)).toBe('11.03.2026');
		expect(formatDate(at, 'date', ny)).toBe('Mar 10, 2026');
		expect(formatDate(at, 'time', london)).toBe('23:30');
		expect(formatDate(at.toISOString(), 'date', london)).toBe('10 Mar 2026');
		expect(formatDate(null, 'date', london)).toBe('');
		expect(formatDate('not a date', 'date', london)).toBe('');
	});

	it('writes a calendar day as that day, whatever the zone', () => {
		expect(
			formatDay('2026-03-09', 'dayMonth', { locale: 'en-GB', timeZone: 'Pacific/Kiritimati' })
		).toBe('9 Mar');
		expect(
			formatDay('2026-03-09', 'dayMonth', { locale: 'en-US', timeZone: 'America/Anchorage' })
		).toBe('Mar 9');
	});

	it('knows a time zone from a made-up one', () => {
		expect(isTimeZone('Europe/Berlin')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('')).toBe(false);
	});
});

describe('result counts on /scenarios and /marketplace', () => {
	it('is exact when the whole result is on the page, and says so when more follow', () => {
		expect(resultCount(7, { paged: false, more: false })).toBe('7 scenarios');
		expect(resultCount(1, { paged: false, more: false })).toBe('1 scenario');
		expect(resultCount(24, { paged: false, more: true })).toBe(
			'24 scenarios on this page, more on the next'
		);
		expect(resultCount(5, { paged: true, more: false })).toBe(
			'5 scenarios on this page, the last page'
		);
		expect(resultCount(0, { paged: false, more: false })).toBe('0 scenarios');
	});
});
