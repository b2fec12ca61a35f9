import { describe, expect, it } from 'vitest';
import type { MetadataValues } from '../../src/lib/domain/metadata-analyzer';
import { fieldList, mergeRevisionMetadata } from '../../src/lib/domain/metadata-merge';

const base: MetadataValues = { skills: ['a', 'b'], difficulty: 'beginner', estimatedTime: 10 };
const v = (over: Partial<MetadataValues>): MetadataValues => ({ ...base, ...over });

describe('mergeRevisionMetadata (approving a revision over an admin’s later edit)', () => {
	it('keeps the live value where the revision left the field as it was opened', () => {
		expect(
			mergeRevisionMetadata({
				base,
				live: v({ difficulty: 'advanced', skills: ['a', 'b', 'c'] }),
				revision: base
			})
		).toEqual({
			ok: true,
			values: v({ difficulty: 'advanced', skills: ['a', 'b', 'c'] }),
			kept: ['skills', 'difficulty']
		});
	});

	it('takes the revision’s value where only the author changed it', () => {
		expect(
			mergeRevisionMetadata({
				base,
				live: v({ difficulty: 'advanced' }),
				revision: v({ estimatedTime: 20 })
			})
		).toEqual({
			ok: true,
			values: v({ difficulty: 'advanced', estimatedTime: 20 }),
			kept: ['difficulty']
		});
	});

	it('is a conflict where both changed a field to different values, not where they agree', () => {
		expect(
			mergeRevisionMetadata({
				base,
				live: v({ difficulty: 'advanced', estimatedTime: 20 }),
				revision: v({ difficulty: 'intermediate', estimatedTime: 20 })
			})
		).toEqual({ ok: false, conflicts: ['difficulty'] });
	});

	it('compares skills as sets and keeps the live order when they agree', () => {
		expect(
			mergeRevisionMetadata({
				base,
				live: v({ skills: ['b', 'a'] }),
				revision: v({ skills: ['a', 'b'] })
			})
		).toEqual({ ok: true, values: v({ skills: ['b', 'a'] }), kept: [] });
	});

	it('without a known base, refuses every field where the revision and the live row differ', () => {
		expect(
			mergeRevisionMetadata({ base: null, live: v({ difficulty: 'advanced' }), revision: base })
		).toEqual({ ok: false, conflicts: ['difficulty'] });
		expect(mergeRevisionMetadata({ base: null, live: base, revision: base })).toMatchObject({
			ok: true
		});
	});

	it('names the fields in plain words', () => {
		expect(fieldList(['difficulty'])).toBe('difficulty');
		expect(fieldList(['skills', 'difficulty', 'estimatedTime'])).toBe(
			'skills, difficulty and estimated time'
		);
	});
});
