import { DEFAULT_DATE_SETTINGS, isTimeZone, localeFromAcceptLanguage } from '$lib/format-date';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, request, cookies }) => {
	// Dates are rendered in the reader's locale and time zone (src/lib/format-date.ts), with the
	// same settings on the server and in the browser, so hydration never changes them.
	const zone = cookies.get('tz');
	return {
		user: locals.user,
		dates: {
			locale: localeFromAcceptLanguage(request.headers.get('accept-language')),
			timeZone: isTimeZone(zone) ? zone : DEFAULT_DATE_SETTINGS.timeZone
		}
	};
};
