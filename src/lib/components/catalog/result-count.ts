// How many scenarios a list page shows, said the same way on /scenarios and /marketplace. Lists
// are keyset-paged and never count every match (a count over a large filtered catalogue costs
// what the page itself costs), so the number is exact when it is known: the whole result when
// it fits on one page, else what this page holds and whether more follow.
export function resultCount(count: number, { paged, more }: { paged: boolean; more: boolean }) {
	const scenarios = `${count} scenario${count === 1 ? '' : 's'}`;
	if (!paged && !more) return scenarios;
	return `${scenarios} on this page${more ? ', more on the next' : ', the last page'}`;
}
