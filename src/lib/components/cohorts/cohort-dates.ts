import { showDay } from '$lib/dates.svelte';

/**
 * A cohort's run in words: "3 Mar 2027 – 30 Jun 2027", "From 3 Mar 2027", "Until 30 Jun 2027",
 * or null without dates. They are calendar days, shown as themselves in every time zone.
 */
export function cohortDates(startsOn: string | null, endsOn: string | null): string | null {
	if (startsOn && endsOn) return `${showDay(startsOn, 'date')} – ${showDay(endsOn, 'date')}`;
	if (startsOn) return `From ${showDay(startsOn, 'date')}`;
	if (endsOn) return `Until ${showDay(endsOn, 'date')}`;
	return null;
}
