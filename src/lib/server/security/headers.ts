import { BASELINE_HEADERS, NON_PAGE_CSP } from './baseline-headers.js';

// Pages get their CSP from kit.csp in svelte.config.js (with a nonce per response); every other
// answer gets NON_PAGE_CSP.

export function applySecurityHeaders(
	headers: Headers,
	options: { https: boolean; api: boolean; personal?: boolean }
) {
	for (const [name, value] of Object.entries(BASELINE_HEADERS)) headers.set(name, value);
	if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', NON_PAGE_CSP);
	if (options.https) headers.set('Strict-Transport-Security', 'max-age=31536000');
	if (options.api && !headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
	// Pages and page data for a signed-in user: whatever a load set, nothing may keep them.
	if (options.personal) headers.set('Cache-Control', 'private, no-store');
}

/** Responses from `fetch` have immutable headers: copy them into a fresh response then. */
export function withMutableHeaders(response: Response): Response {
	try {
		response.headers.set('X-Content-Type-Options', 'nosniff');
		return response;
	} catch {
		return new Response(response.body, {
			status: response.status,
			statusText: response.statusText,
			headers: new Headers(response.headers)
		});
	}
}
