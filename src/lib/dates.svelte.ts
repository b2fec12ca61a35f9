import { page } from '$app/state';
import {
	DEFAULT_DATE_SETTINGS,
	formatDate,
	formatDay,
	isTimeZone,
	type DateSettings,
	type DateStyle
} from './format-date';

// Dates in components: the settings the root layout loaded (the reader's locale and stored time
// zone, the same on the server and in the browser, so hydration matches), and once the page is
// running, the browser's own zone if it differs (it is then stored in the `tz` cookie, so the
// next page is rendered in it on the server too). Only the browser ever sets `browserZone`:
// on the server this module state stays null and every request renders its own settings.

let browserZone = $state<string | null>(null);

export function dateSettings(): DateSettings {
	const loaded = (page.data as { dates?: DateSettings }).dates ?? DEFAULT_DATE_SETTINGS;
	return browserZone && browserZone !== loaded.timeZone
		? { ...loaded, timeZone: browserZone }
		: loaded;
}

/** An instant in the reader's locale and time zone (see format-date.ts for the styles). */
export function showDate(
	value: Date | string | number | null | undefined,
	style: DateStyle = 'date'
) {
	return formatDate(value, style, dateSettings());
}

/** A calendar day ("2026-03-09") in the reader's locale. */
export function showDay(isoDay: string, style: DateStyle = 'dayMonth') {
	return formatDay(isoDay, style, dateSettings());
}

export const TIME_ZONE_COOKIE = 'tz';

/**
 * In the browser after hydration (the root layout's onMount): use the browser's zone from now
 * on, and store it for the server. Returns the zone.
 */
export function adoptBrowserTimeZone(): string | null {
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	if (!isTimeZone(zone)) return null;
	browserZone = zone;
	const stored = document.cookie
		.split('; ')
		.find((c) => c.startsWith(`${TIME_ZONE_COOKIE}=`))
		?.slice(TIME_ZONE_COOKIE.length + 1);
	if (stored !== encodeURIComponent(zone)) {
		document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
	}
	return zone;
}
