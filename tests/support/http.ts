import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '../../src/lib/server/trpc/root';

/**
 * A minimal browser stand-in for HTTP tests: keeps the session cookie, posts forms with the
 * page's Origin (as a browser does), and calls tRPC over HTTP.
 */
export class HttpSession {
	cookies = new Map<string, string>();

	constructor(readonly baseUrl: string) {}

	cookieHeader() {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}

	private remember(response: Response) {
		for (const header of response.headers.getSetCookie()) {
			const [pair, ...attributes] = header.split(';');
			const [name, ...rest] = pair.split('=');
			const value = rest.join('=');
			const expired = attributes.some(
				(a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a)
			);
			if (expired || value === '') this.cookies.delete(name.trim());
			else this.cookies.set(name.trim(), value);
		}
	}

	async fetch(path: string, init: RequestInit = {}) {
		const headers = new Headers(init.headers);
		if (this.cookies.size) headers.set('cookie', this.cookieHeader());
		const response = await fetch(new URL(path, this.baseUrl), {
			redirect: 'manual',
			...init,
			headers
		});
		this.remember(response);
		return response;
	}

	/** Submits a form action the way a browser without JavaScript does. */
	async postForm(path: string, fields: Record<string, string>, origin = this.baseUrl) {
		return this.fetch(path, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin },
			body: new URLSearchParams(fields).toString()
		});
	}

	signUp(fields: { email: string; displayName: string; password: string }) {
		return this.postForm('/signup', fields);
	}

	signIn(email: string, password: string) {
		return this.postForm('/login', { email, password });
	}

	signOut() {
		return this.postForm('/logout', {});
	}

	get trpc() {
		return createTRPCClient<AppRouter>({
			links: [
				httpLink({
					url: new URL('/api/trpc', this.baseUrl).toString(),
					transformer: superjson,
					headers: () => ({
						...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
						origin: this.baseUrl
					})
				})
			]
		});
	}
}
