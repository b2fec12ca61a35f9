// Headers every HTTP answer carries, including the static files adapter-node serves before
// SvelteKit's hooks run (scripts/server-entry.js sets them as defaults on each response; the
// hooks set them on everything SvelteKit answers). Plain JS: the entry script imports it too.

export const PERMISSIONS_POLICY = [
	'accelerometer=()',
	'browsing-topics=()',
	'camera=()',
	'geolocation=()',
	'gyroscope=()',
	'magnetometer=()',
	'microphone=()',
	'payment=()',
	'usb=()'
].join(', ');

/** For answers that are not HTML pages (JSON, redirects, files): nothing may load or frame them. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** @type {Readonly<Record<string, string>>} */
export const BASELINE_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': PERMISSIONS_POLICY,
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin'
};
