import { goto } from '$app/navigation';

// Filter forms keep their state in the URL: a link reproduces the view and the back button
// works. The query is built once per navigation, never kept as reactive state.

/** The form's non-empty fields as a query string. */
export function formQuery(form: HTMLFormElement): string {
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form)) {
		if (typeof value === 'string' && value !== '') params.append(key, value);
	}
	return params.toString();
}

/** Shows what the form asks for: its action (or this page) with the fields as the query. */
export function applyFilters(form: HTMLFormElement): Promise<void> {
	const path = new URL(form.action, location.href).pathname;
	return goto(`${path}?${formQuery(form)}`, { keepFocus: true, noScroll: true });
}

/**
 * `{@attach filterForm}` on a GET form: every change applies at once (a search box applies
 * itself after a pause in typing), and submitting applies without a page load. Without
 * JavaScript the form still submits normally.
 */
export function filterForm(form: HTMLFormElement) {
	const change = (event: Event) => {
		if ((event.target as HTMLInputElement).type !== 'search') void applyFilters(form);
	};
	const submit = (event: SubmitEvent) => {
		event.preventDefault();
		void applyFilters(form);
	};
	form.addEventListener('change', change);
	form.addEventListener('submit', submit);
	return () => {
		form.removeEventListener('change', change);
		form.removeEventListener('submit', submit);
	};
}
