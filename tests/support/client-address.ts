import type { TestServer } from './server';

// Tests of per-address limits run the server as if behind a load balancer: it reads the
// client's address from X-Forwarded-For, so each request says which client it comes from.

/** Server env for that: trust one X-Forwarded-For hop. */
export const TRUST_FORWARDED_FOR = { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' };

/** Client addresses `${prefix}.1`, `${prefix}.2`, …: each one used by one client only. */
export function addressSequence(prefix: string) {
	let counter = 0;
	return () => {
		counter += 1;
		return `${prefix}.${counter}`;
	};
}

/** Posts a form the way a browser without JavaScript at `address` does (no cookies kept). */
export function formPost(
	server: TestServer,
	path: string,
	fields: Record<string, string>,
	address: string
) {
	return fetch(`${server.url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: server.url,
			'x-forwarded-for': address
		},
		body: new URLSearchParams(fields).toString()
	});
}
