/** The same address on another page of results. */
export function pageHref(url: URL, page: number): string {
	const params = new URLSearchParams(url.searchParams);
	if (page <= 1) params.delete('page');
	else params.set('page', String(page));
	const query = params.toString();
	return `${url.pathname}${query ? `?${query}` : ''}`;
}
