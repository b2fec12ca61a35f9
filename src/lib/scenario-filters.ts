import {
	CEFR_LEVELS,
	CONTENT_WARNINGS,
	DIFFICULTIES,
	LIBRARY_KINDS,
	MODES,
	PSYCHOLOGICAL_MODULES,
	SEARCH_MAX,
	SORTS,
	type CefrLevel,
	type ContentWarning,
	type Difficulty,
	type LibraryKind,
	type Mode,
	type PsychologicalModule,
	type Sort,
	type UserMode
} from './schemas/enums';
import { warningLabel } from './domain/warning-label';
import { parseSkillSlug } from './domain/skill-slug';

export interface LibraryFilters {
	/** `quests`: quests only; `all`: everything, chosen over an account's quests-first default */
	kind?: LibraryKind;
	search?: string;
	skills: string[];
	difficulty: Difficulty[];
	maxMinutes?: number;
	mode?: Mode;
	psychologicalModule?: PsychologicalModule;
	ageRange?: string;
	cefrLevel?: CefrLevel;
	hideWarnings: ContentWarning[];
	sort?: Sort;
	cursor?: string;
}

// The library's filter state lives in the URL, so a link reproduces the view and the back
// button works. These two functions are the only translation between the two.

function list(params: URLSearchParams, key: string): string[] {
	return params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

/** `value` when it is one of `values`, else undefined (unknown URL values are dropped). */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
	return values.includes(value as T) ? (value as T) : undefined;
}

/** Filter state from a URL; unknown values are dropped rather than failing the page. */
export function filtersFromUrl(params: URLSearchParams): LibraryFilters {
	const max = Number(params.get('max'));
	return {
		kind: oneOf(LIBRARY_KINDS, params.get('kind')),
		search: params.get('q')?.slice(0, SEARCH_MAX) || undefined,
		skills: list(params, 'skill')
			.map(parseSkillSlug)
			.filter((s): s is string => s !== undefined)
			.slice(0, 20),
		difficulty: list(params, 'difficulty').filter((d) =>
			(DIFFICULTIES as readonly string[]).includes(d)
		) as Difficulty[],
		maxMinutes: Number.isInteger(max) && max >= 5 && max <= 60 ? max : undefined,
		mode: oneOf(MODES, params.get('mode')),
		psychologicalModule: oneOf(PSYCHOLOGICAL_MODULES, params.get('module')),
		ageRange: params.get('age')?.match(/^\d{1,2}-\d{1,2}$/) ? params.get('age')! : undefined,
		cefrLevel: oneOf(CEFR_LEVELS, params.get('cefr')),
		hideWarnings: list(params, 'hide').filter((w) =>
			(CONTENT_WARNINGS as readonly string[]).includes(w)
		) as ContentWarning[],
		sort: oneOf(SORTS, params.get('sort')),
		cursor: params.get('cursor') || undefined
	};
}

/** The library's bare address: nothing in the URL, so an account's default view applies. */
export function isBareLibraryUrl(params: URLSearchParams): boolean {
	return [...params.keys()].length === 0;
}

/**
 * The library's default view for an account's mode: quests only for therapeutic use. Only the
 * bare address gets it; anything in the URL (a filter, a sort, `kind=all`) is a choice, and wins.
 */
export function withModeDefault(
	filters: LibraryFilters,
	params: URLSearchParams,
	mode: UserMode | null
): LibraryFilters {
	if (mode !== 'therapeutic' || !isBareLibraryUrl(params)) return filters;
	return { ...filters, kind: 'quests' };
}

export function filtersToUrl(filters: Partial<LibraryFilters>): URLSearchParams {
	const params = new URLSearchParams();
	if (filters.kind) params.set('kind', filters.kind);
	if (filters.search) params.set('q', filters.search);
	for (const s of filters.skills ?? []) params.append('skill', s);
	for (const d of filters.difficulty ?? []) params.append('difficulty', d);
	if (filters.maxMinutes) params.set('max', String(filters.maxMinutes));
	if (filters.mode) params.set('mode', filters.mode);
	if (filters.psychologicalModule) params.set('module', filters.psychologicalModule);
	if (filters.ageRange) params.set('age', filters.ageRange);
	if (filters.cefrLevel) params.set('cefr', filters.cefrLevel);
	for (const w of filters.hideWarnings ?? []) params.append('hide', w);
	if (filters.sort) params.set('sort', filters.sort);
	if (filters.cursor) params.set('cursor', filters.cursor);
	return params;
}

export const SORT_LABELS: Record<Sort, string> = {
	relevance: 'Best match',
	top_rated: 'Top rated',
	most_saved: 'Most saved',
	trending: 'Trending',
	newest: 'Newest',
	most_played: 'Most played'
};

export interface FilterChip {
	key: string;
	value: string;
	label: string;
	/** the filters with this one removed (and paging reset) */
	without: Partial<LibraryFilters>;
}

/** One removable chip per active filter value, in the order the panel shows them. */
export function activeFilterChips(
	filters: LibraryFilters,
	skillNames: Map<string, string>
): FilterChip[] {
	const base: Partial<LibraryFilters> = { ...filters, cursor: undefined };
	const chips: FilterChip[] = [];
	const single = (key: keyof LibraryFilters, value: string | number | undefined, label: string) => {
		if (value === undefined || value === '') return;
		chips.push({ key, value: String(value), label, without: { ...base, [key]: undefined } });
	};
	const many = (key: 'skills' | 'difficulty' | 'hideWarnings', label: (v: string) => string) => {
		for (const value of filters[key]) {
			chips.push({
				key,
				value,
				label: label(value),
				without: { ...base, [key]: (filters[key] as string[]).filter((v) => v !== value) }
			});
		}
	};
	single('search', filters.search, `“${filters.search}”`);
	// Removing "Quests only" asks for everything explicitly, so a quests-first default stays off.
	if (filters.kind === 'quests') {
		chips.push({
			key: 'kind',
			value: 'quests',
			label: 'Quests only',
			without: { ...base, kind: 'all' }
		});
	}
	many('difficulty', (d) => d.charAt(0).toUpperCase() + d.slice(1));
	many('skills', (s) => skillNames.get(s) ?? s);
	single('maxMinutes', filters.maxMinutes, `Up to ${filters.maxMinutes} min`);
	single('mode', filters.mode, filters.mode === 'phone' ? 'Phone' : 'Chat');
	single('psychologicalModule', filters.psychologicalModule, filters.psychologicalModule ?? '');
	single('ageRange', filters.ageRange, `Ages ${filters.ageRange}`);
	single('cefrLevel', filters.cefrLevel, `CEFR ${filters.cefrLevel}`);
	many('hideWarnings', (w) => `Hide ${warningLabel(w)}`);
	return chips.map((c) => (c.key === 'search' ? { ...c, key: 'q' } : c));
}
