import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { twMerge } from 'tailwind-merge';
import { describe, expect, it } from 'vitest';
import { mergeClasses } from '../../src/lib/class-merge';

// cn() merges classes with src/lib/class-merge.ts instead of tailwind-merge, which stays a dev
// dependency as the reference: on every ordered pair of the Tailwind classes written anywhere in
// the browser's code, both keep the same classes. Merging a longer list drops a class exactly
// when a later kept class overrides it, so agreeing on every pair means agreeing on every list
// made of these classes. Every other word of the source is one tailwind-merge never drops nor
// lets drop another: so must this.
function appTokens() {
	const files = execSync('git ls-files -co --exclude-standard "src/**/*.svelte" "src/**/*.ts"', {
		encoding: 'utf8'
	})
		.trim()
		.split('\n')
		.filter((file) => !file.startsWith('src/lib/server/') && file !== 'src/lib/class-merge.ts');
	const classes = new Set<string>();
	const others = new Set<string>();
	for (const file of files) {
		const source = readFileSync(file, 'utf8');
		for (const match of source.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)) {
			for (const token of (match[1] ?? match[2] ?? match[3]).split(/\s+/)) {
				if (!/^[!a-z0-9[\]&_:/.\-=()%#*>+~@,]+$/i.test(token)) continue;
				// a Tailwind class: tailwind-merge folds it into one
				if (twMerge(`${token} ${token}`) === token) classes.add(token);
				else others.add(token);
			}
		}
	}
	return { classes: [...classes].sort(), others: [...others].sort() };
}

describe('class merging', () => {
	const { classes, others } = appTokens();

	it('finds the classes of the app', () => {
		expect(classes.length).toBeGreaterThan(300);
		expect(classes).toContain('h-10');
		expect(classes).toContain('md:text-sm');
	});

	it('agrees with tailwind-merge on every pair of the app’s classes', () => {
		const differences: string[] = [];
		for (const first of classes) {
			for (const second of classes) {
				const list = `${first} ${second}`;
				const ours = mergeClasses(list);
				const reference = twMerge(list);
				if (ours !== reference) differences.push(`${list}: ${ours} (tailwind-merge: ${reference})`);
			}
		}
		expect(differences.slice(0, 40)).toEqual([]);
	});

	it('leaves alone, like tailwind-merge, the other words of the source', () => {
		expect(
			others.filter((token) => mergeClasses(`${token} ${token}`) !== `${token} ${token}`)
		).toEqual([]);
	});

	it('keeps classes it does not know, in order, and merges a component’s override', () => {
		expect(mergeClasses('  card-x  h-10 px-4 py-2 h-auto px-0 ')).toBe('card-x py-2 h-auto px-0');
		expect(mergeClasses('text-sm leading-none md:text-sm text-xs')).toBe('md:text-sm text-xs');
		expect(mergeClasses('p-4 hover:bg-accent bg-card hover:bg-primary/90')).toBe(
			'p-4 bg-card hover:bg-primary/90'
		);
	});

	it('answers a list it has merged before from its cache, the same as the first time', () => {
		const list = 'h-10 px-4 py-2 h-auto px-0';
		const first = mergeClasses(list);
		// past the cache's bound, so it starts over at least once
		for (let i = 0; i < 1500; i++) mergeClasses(`w-${i} px-${i % 7}`);
		expect(mergeClasses(list)).toBe(first);
		expect(first).toBe('py-2 h-auto px-0');
	});
});
