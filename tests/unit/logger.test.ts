import { describe, expect, it } from 'vitest';
import { redactQueryParams } from '../../src/lib/server/logger';

describe('logger', () => {
	it('cuts query parameters out of database error messages', () => {
		const message =
			'Failed query: select * from users where email = $1\nparams: someone@example.test,scrypt$32768$8$3$abc';
		const redacted = redactQueryParams(message);
		expect(redacted).toContain('Failed query: select * from users');
		expect(redacted).not.toContain('someone@example.test');
		expect(redacted).not.toContain('scrypt$');
	});

	it('leaves other messages alone', () => {
		expect(redactQueryParams('connection refused')).toBe('connection refused');
	});
});
