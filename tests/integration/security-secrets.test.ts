import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// No secrets in the repository: every tracked file is scanned for private keys, cloud and
// service tokens, real-looking API keys of this app, URLs with a password in them, and
// passwords written into application code other than the documented demo passwords.

const THIS_FILE = 'tests/integration/security-secrets.test.ts';

/** The demo passwords README.md documents (seeded only into demo databases). */
function documentedDemoPasswords(): Set<string> {
	const readme = readFileSync('README.md', 'utf8');
	const section = readme.slice(readme.indexOf('## Demo accounts'));
	return new Set([...section.matchAll(/`([a-z]+-pass-\d{4})`/g)].map((m) => m[1]));
}

const SECRET_PATTERNS: [string, RegExp][] = [
	['private key', /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----/],
	['AWS access key', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
	['GitHub token', /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/],
	['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
	['Stripe live key', /\b[rs]k_live_[A-Za-z0-9]{16,}/],
	['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
	['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
	['JSON web token', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
	// This app's API keys: shk_ and 32 base64url characters (services/api-keys.ts).
	['Scenario Hub API key', /\bshk_[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/],
	['URL with a password', /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"`]+:[^\s@/'"`]+@[^\s'"`]/i]
];

function trackedFiles(): string[] {
	return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
}

function readText(path: string): string | null {
	try {
		if (statSync(path).size > 5_000_000) return null;
		const buffer = readFileSync(path);
		if (buffer.includes(0)) return null;
		return buffer.toString('utf8');
	} catch {
		return null; // deleted in the working tree
	}
}

describe('secrets in the repository', () => {
	const files = trackedFiles();

	it('tracks no key, certificate or environment files', () => {
		expect(files.length).toBeGreaterThan(50);
		const suspicious = files.filter((f) =>
			/(^|\/)(\.env(\.(?!example$)[^/]+)?|id_(rsa|dsa|ecdsa|ed25519)|[^/]+\.(pem|key|p12|pfx|keystore))$/.test(
				f
			)
		);
		expect(suspicious).toEqual([]);
	});

	it('has no private keys, tokens, API keys or passwords in URLs', () => {
		const hits: string[] = [];
		for (const file of files) {
			if (file === THIS_FILE) continue;
			const text = readText(file);
			if (text === null) continue;
			for (const [name, pattern] of SECRET_PATTERNS) {
				const match = pattern.exec(text);
				if (match) hits.push(`${file}: ${name} (${match[0].slice(0, 12)}…)`);
			}
		}
		expect(hits).toEqual([]);
	});

	it('writes no password into application code except the documented demo passwords', () => {
		const demo = documentedDemoPasswords();
		expect(demo.size).toBeGreaterThanOrEqual(4);
		const hits: string[] = [];
		for (const file of files) {
			if (!/^(src|scripts|static)\/|^[^/]+\.(ts|js|json)$/.test(file)) continue;
			const text = readText(file);
			if (text === null) continue;
			for (const m of text.matchAll(
				/\b(password|passwd|secret|api_?key|token)\w*["']?\s*[:=]\s*['"`]([^'"`\s]{8,})['"`]/gi
			)) {
				// a secret-looking value: long, with digits (not a header or field name)
				if (m[2].length < 10 || !/\d/.test(m[2])) continue;
				if (!demo.has(m[2])) hits.push(`${file}: ${m[1]} = ${m[2].slice(0, 4)}…`);
			}
		}
		expect(hits).toEqual([]);
	});
});
