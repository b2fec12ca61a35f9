import { env } from '../env';

/**
 * The origin links in mails point to: ORIGIN when set (always in production), so a forged Host
 * header cannot make the app mail out links to someone else's site; the request's own origin
 * only in development without ORIGIN.
 */
export function publicOrigin(requestUrl: URL): string {
	return env().ORIGIN || requestUrl.origin;
}

/** An absolute link to a path of the app, with query parameters. */
export function appLink(origin: string, path: string, params: Record<string, string> = {}): string {
	const url = new URL(path, origin);
	for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
	return url.toString();
}
