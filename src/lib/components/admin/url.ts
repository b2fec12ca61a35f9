// Filter forms keep their state in the URL (links reproduce a view, back works). Plain
// functions: the params are built once per navigation, never kept as reactive state.

/** The form's non-empty fields as a query string. */
export function formQuery(form: HTMLFormElement): string {
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form)) {
		if (typeof value === 'string' && value !== '') params.append(key, value);
	}
	return params.toString();
}

/** The same address on another page of results. */
export function pageHref(url: URL, page: number): string {
	const params = new URLSearchParams(url.searchParams);
	if (page <= 1) params.delete('page');
	else params.set('page', String(page));
	const query = params.toString();
	return `${url.pathname}${query ? `?${query}` : ''}`;
}
