import { describe, expect, it } from 'vitest';
import { isUuid } from '../../src/lib/domain/ids';

describe('isUuid', () => {
	it('accepts the canonical form in any case and nothing else', () => {
		expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
		expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
		for (const bad of [
			'',
			null,
			undefined,
			'0f8fad5bd9cb469fa16570867728950e',
			'------------------------------------',
			'0f8fad5b-d9cb-469f-a165-70867728950e ',
			'0f8fad5b-d9cb-469f-a165-70867728950g',
			"0f8fad5b-d9cb-469f-a165-7086772895'; --"
		]) {
			expect(isUuid(bad), String(bad)).toBe(false);
		}
	});
});
