// Every date the app shows goes through here, in the reader's locale and time zone through
// Intl. The server renders with the same settings the browser hydrates with: the locale is the
// first of the request's Accept-Language that Intl knows, the time zone the `tz` cookie the
// browser stores (UTC until it has), both handed to every page by the root layout
// (src/routes/+layout.server.ts). `src/lib/dates.svelte.ts` reads them for components.

export interface DateSettings {
	/** a BCP 47 tag Intl supports, e.g. "en-GB", "de" */
	locale: string;
	/** an IANA zone, e.g. "Europe/Berlin" */
	timeZone: string;
}

export const DEFAULT_DATE_SETTINGS: DateSettings = { locale: 'en-GB', timeZone: 'UTC' };

export type DateStyle = 'date' | 'longDate' | 'dateTime' | 'dateTimeSeconds' | 'time' | 'dayMonth';

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	/** 12 Mar 2026 */
	date: { dateStyle: 'medium' },
	/** 12 March 2026 */
	longDate: { dateStyle: 'long' },
	/** 12 Mar 2026, 14:05 */
	dateTime: { dateStyle: 'medium', timeStyle: 'short' },
	/** 12 Mar 2026, 14:05:09 (logs) */
	dateTimeSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
	/** 14:05 */
	time: { timeStyle: 'short' },
	/** 12 Mar (chart axes) */
	dayMonth: { day: 'numeric', month: 'short' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: DateStyle, settings: DateSettings, timeZone = settings.timeZone) {
	const key = `${settings.locale}|${timeZone}|${style}`;
	let found = formatters.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(settings.locale, { ...STYLES[style], timeZone });
		formatters.set(key, found);
	}
	return found;
}

/** An instant (a Date, or what the database or JSON gave) in the reader's locale and zone. */
export function formatDate(
	value: Date | string | number | null | undefined,
	style: DateStyle,
	settings: DateSettings
): string {
	if (value === null || value === undefined || value === '') return '';
	const date = value instanceof Date ? value : new Date(value);
	if (Number.isNaN(date.getTime())) return '';
	return formatter(style, settings).format(date);
}

/**
 * A calendar day ("2026-03-09", e.g. a week of the activity chart) in the reader's locale. A day
 * is not an instant: it is shown as itself, never shifted by a time zone.
 */
export function formatDay(isoDay: string, style: DateStyle, settings: DateSettings): string {
	const date = new Date(`${isoDay}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return isoDay;
	return formatter(style, settings, 'UTC').format(date);
}

/** Whether Intl knows an IANA time zone. */
export function isTimeZone(zone: string | null | undefined): zone is string {
	if (!zone || zone.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/**
 * The reader's locale from an Accept-Language header: the first tag (by q-value) that Intl
 * supports, else British English, the app's own language.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): string {
	const ranked = (header ?? '')
		.slice(0, 500)
		.split(',')
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index };
		})
		.filter((r) => r.tag && r.tag !== '*' && Number.isFinite(r.q) && r.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	for (const { tag } of ranked) {
		try {
			const [supported] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
			if (supported) return supported;
		} catch {
			// not a well-formed tag: try the next one
		}
	}
	return DEFAULT_DATE_SETTINGS.locale;
}
