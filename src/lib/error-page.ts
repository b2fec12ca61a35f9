// What the error page says. Its status comes from two places: a full page load carries the
// HTTP status (the hooks turn a load that failed because the database is unreachable into 503),
// but a client-side navigation reads a `__data.json` whose failed node has no status of its own,
// so SvelteKit shows 500 there. The error's `code` (hooks.server.ts handleError) is the same on
// both ways in, so it decides: SERVICE_UNAVAILABLE is the 503 page however the page was reached.

export interface ErrorView {
	status: number;
	title: string;
	message: string;
}

const TITLES: Record<number, string> = {
	400: 'That request didn’t work',
	401: 'Please sign in',
	403: 'You don’t have access to this page',
	404: 'We couldn’t find that page',
	413: 'That was too large',
	429: 'Too many requests',
	503: 'Briefly unavailable'
};

const MESSAGES: Record<number, string> = {
	404: 'The address may be mistyped, or the page was moved or removed.',
	503: 'The service is briefly unavailable, try again in a moment.'
};

const CODE_STATUS: Record<string, number> = {
	SERVICE_UNAVAILABLE: 503,
	NOT_FOUND: 404,
	UNAUTHORIZED: 401,
	FORBIDDEN: 403,
	TOO_MANY_REQUESTS: 429
};

export function errorView(
	status: number,
	error: { message?: string; code?: string } | null | undefined
): ErrorView {
	const shown = (error?.code && CODE_STATUS[error.code]) || status;
	// SvelteKit's own stand-ins for a body it could not read ("Error: 503", "Internal Error").
	const generic =
		!error?.message || /^(Error: \d{3}|Internal Error|Not Found)$/.test(error.message);
	return {
		status: shown,
		title: TITLES[shown] ?? 'Something went wrong',
		message: generic
			? (MESSAGES[shown] ?? 'Something went wrong on our side. Try again in a moment.')
			: error!.message!
	};
}
