// Skill slugs in any script, without zod (the library's URL parsing runs in the browser too).
// A slug is lower-case words joined by dashes: letters that have case are lower-case, caseless
// scripts (Arabic, Chinese, Devanagari...) keep their letters and marks. Percent-encoded in a
// URL like any text; dashes join words, commas separate slugs in the `skills` lists.

const SLUG_WORD = String.raw`[\p{Ll}\p{Lm}\p{Lo}\p{Nd}\p{Mn}\p{Mc}]+`;
/** For `pattern` attributes (browsers compile them with the `v` flag) and the schemas. */
export const SKILL_SLUG_PATTERN = `${SLUG_WORD}(?:-${SLUG_WORD})*`;
export const SKILL_SLUG_REGEX = new RegExp(`^${SKILL_SLUG_PATTERN}$`, 'u');
export const SKILL_SLUG_MIN = 2;
export const SKILL_SLUG_MAX = 60;

/** The slug, trimmed and in NFC, or undefined when malformed (URL filters drop it). */
export function parseSkillSlug(value: string | null | undefined): string | undefined {
	const slug = value?.trim().normalize('NFC');
	return slug &&
		slug.length >= SKILL_SLUG_MIN &&
		slug.length <= SKILL_SLUG_MAX &&
		SKILL_SLUG_REGEX.test(slug)
		? slug
		: undefined;
}

const NOT_SLUG_CHARS = /[^\p{Ll}\p{Lm}\p{Lo}\p{Nd}\p{Mn}\p{Mc}]+/gu;

/**
 * The slug a skill name becomes: lower-case words joined by dashes, in the name's own script
 * ("Écoute active" → `ecoute-active`, "الإصغاء الفعال" → `الإصغاء-الفعال`). Accents on Latin,
 * Greek and Cyrillic letters are dropped (NFKD), other scripts keep their letters and marks
 * (then NFC again, so Hangul syllables recompose). At most 60 characters, never cutting one
 * in half. May be shorter than 2 (a name such as "C#"): creating the skill adds a suffix then.
 */
export function slugFromName(name: string): string {
	const words = name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.normalize('NFC')
		.replace(/&/g, ' and ')
		.replace(NOT_SLUG_CHARS, '-')
		.replace(/^-+|-+$/g, '');
	let slug = '';
	for (const char of words) {
		if (slug.length + char.length > SKILL_SLUG_MAX) break;
		slug += char;
	}
	return slug.replace(/-+$/, '');
}
