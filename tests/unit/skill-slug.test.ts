import { describe, expect, it } from 'vitest';
import { parseSkillSlug, slugFromName } from '../../src/lib/domain/skill-slug';
import { filtersFromUrl, filtersToUrl } from '../../src/lib/scenario-filters';
import { skillSlugSchema } from '../../src/lib/schemas/scenario';
import { slugForSkill } from '../../src/lib/server/services/admin/skills';

// Skill slugs for names in any script: derived from the name, accepted by the schema every
// procedure, URL filter and the external API use, and still one value in a URL.

describe('a skill name becomes a slug in its own script', () => {
	it.each([
		['Cultural humility', 'cultural-humility'],
		['Écoute active & reformulation', 'ecoute-active-and-reformulation'],
		['  Grief   support  ', 'grief-support'],
		['الإصغاء الفعال', 'الإصغاء-الفعال'],
		['积极倾听', '积极倾听'],
		['संवाद कौशल', 'संवाद-कौशल'],
		['적극적 경청', '적극적-경청'],
		['Активное слушание', 'активное-слушание'],
		['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
		['Lắng nghe', 'lang-nghe']
	])('%s → %s', (name, slug) => {
		expect(slugFromName(name)).toBe(slug);
		expect(skillSlugSchema.parse(slug)).toBe(slug);
	});

	it('cuts a long name at 60 characters without splitting one, and never ends on a dash', () => {
		const slug = slugFromName(`${'𠀀'.repeat(20)} ${'ب'.repeat(40)}`);
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).not.toMatch(/-$/);
		expect([...slug].every((c) => c !== '\uFFFD')).toBe(true);
		expect(skillSlugSchema.safeParse(slug).success).toBe(true);
	});

	it('a one-character slug gets a short random suffix; no letter at all gets none', () => {
		expect(slugForSkill('C#')).toMatch(/^c-[0-9a-f]{4}$/);
		expect(skillSlugSchema.safeParse(slugForSkill('C#')).success).toBe(true);
		expect(slugForSkill('!!')).toBe('');
	});
});

describe('the slug schema', () => {
	it.each(['Risk', 'a--b', '-ab', 'ab-', 'a b', 'a,b', 'a/b', 'x'])('refuses %j', (value) => {
		expect(skillSlugSchema.safeParse(value).success).toBe(false);
		expect(parseSkillSlug(value)).toBeUndefined();
	});

	it('normalises to NFC, so one spelling is one slug', () => {
		expect(skillSlugSchema.parse('cafe\u0301')).toBe('caf\u00e9');
		expect(parseSkillSlug('cafe\u0301')).toBe('caf\u00e9');
	});
});

describe('URL filters keep a slug in any script', () => {
	it('round-trips ?skill= through the library’s URL state', () => {
		const filters = filtersFromUrl(new URLSearchParams('skill=الإصغاء-الفعال,active-listening'));
		expect(filters.skills).toEqual(['الإصغاء-الفعال', 'active-listening']);
		const query = filtersToUrl(filters).toString();
		expect(query).toContain(encodeURIComponent('الإصغاء-الفعال'));
		expect(filtersFromUrl(new URLSearchParams(query)).skills).toEqual(filters.skills);
		expect(filtersFromUrl(new URLSearchParams('skill=Not%20a%20slug')).skills).toEqual([]);
	});
});
