// Pages are sent gzipped to browsers that accept it. The static files are precompressed at
// build time (adapter-node serves their .gz/.br); a server-rendered page is made per request,
// and on a slow mobile connection its size is most of the first paint (Lighthouse's
// "uses-text-compression"). Only HTML pages and page data: an API answer or a stream of
// progress lines must reach the client chunk by chunk, as written.

/** Whether the client listed gzip with a non-zero quality. */
export function acceptsGzip(acceptEncoding: string | null): boolean {
	if (!acceptEncoding) return false;
	return acceptEncoding.split(',').some((part) => {
		const [coding, ...params] = part.trim().toLowerCase().split(';');
		if (coding !== 'gzip' && coding !== '*') return false;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return !q || Number(q.slice(2)) > 0;
	});
}

/** The response gzipped, when the request, the method and the content allow it. */
export function compressPage(
	request: Request,
	isDataRequest: boolean,
	response: Response
): Response {
	const type = response.headers.get('content-type') ?? '';
	// Page data that streams (text/sveltekit-data) is left alone like every other stream.
	const page =
		type.startsWith('text/html') || (isDataRequest && type.startsWith('application/json'));
	if (
		!page ||
		!response.body ||
		request.method !== 'GET' ||
		response.headers.has('content-encoding') ||
		!acceptsGzip(request.headers.get('accept-encoding'))
	) {
		return response;
	}
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.append('vary', 'Accept-Encoding');
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
