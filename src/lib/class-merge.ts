// `cn()`'s conflict resolution without tailwind-merge (8.8 kB gzip on every page). The same
// algorithm, with the class groups of the utilities this app writes: reading right to left, a
// class is dropped when a later one with the same variants sets the same thing (`h-10 h-auto`
// keeps `h-auto`; `px-3 p-0` keeps `p-0`). A class of no known group is always kept.
// tests/unit/class-merge.test.ts checks that this agrees with tailwind-merge on every pair of
// classes in the app's source, so a new kind of utility there fails the test until it is added.

const COLOR = String.raw`(?:inherit|current|transparent|black|white|\[.+\]|\(.+\)|[a-z]+(?:-[a-z]+)*(?:-\d+)?)`;
const SIZE = String.raw`(?:xs|sm|base|md|lg|xl|\dxl)`;
const VALUE = String.raw`(?:\d[\d.]*|px|auto|full|screen|min|max|fit|prose|${SIZE}|\[.+\]|\(.+\))$`;

// [pattern of the class without variants, its group]; the first match wins.
const RULES: [RegExp, string][] = [
	[/^(block|inline|inline-block|inline-flex|flex|grid|hidden|table|contents)$/, 'display'],
	[/^(absolute|relative|sticky|fixed|static)$/, 'position'],
	[/^(visible|invisible)$/, 'visibility'],
	[/^(sr-only|not-sr-only)$/, 'sr'],
	[
		new RegExp(
			`^-?(inset|top|right|bottom|left|z|order|basis|gap-x|gap-y|gap|space-y|space-x|p[xytrbl]?|m[xytrbl]?|size|min-w|min-h|max-w|max-h|w|h)-${VALUE}`
		),
		'$1'
	],
	[/^grid-(cols|rows)-/, 'grid-$1'],
	[/^(col|row)-span-/, '$1-start-end'],
	[/^(col|row)-start-/, '$1-start'],
	[/^flex-(row|col)/, 'flex-direction'],
	[/^flex-(wrap|nowrap)/, 'flex-wrap'],
	[/^flex-/, 'flex'],
	[/^(grow|shrink)(-|$)/, '$1'],
	[/^justify-self-/, 'justify-self'],
	[/^justify-/, 'justify-content'],
	[/^items-/, 'align-items'],
	[/^self-(auto|start|end|center|stretch|baseline)$/, 'align-self'],
	[new RegExp(`^text-(${SIZE}|\\[\\d.*(px|rem|em)\\])$`), 'font-size'],
	[/^text-(left|center|right|justify|start|end)$/, 'text-alignment'],
	[new RegExp(`^text-${COLOR}$`), 'text-color'],
	[/^font-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)$/, 'font-weight'],
	[/^font-/, 'font-family'],
	[/^tracking-/, 'tracking'],
	[/^leading-/, 'leading'],
	[/^line-clamp-/, 'line-clamp'],
	[/^list-(inside|outside)$/, 'list-style-position'],
	[/^list-(disc|decimal|none)$/, 'list-style-type'],
	[/^(underline|overline|line-through|no-underline)$/, 'text-decoration'],
	[/^underline-offset-/, 'underline-offset'],
	[/^(uppercase|lowercase|capitalize|normal-case)$/, 'text-transform'],
	[/^(italic|not-italic)$/, 'font-style'],
	[/^(truncate|text-ellipsis|text-clip)$/, 'text-overflow'],
	[/^whitespace-/, 'whitespace'],
	[/^break-(normal|words|all|keep)$/, 'break'],
	[/^bg-/, 'bg-color'],
	[/^border(-[xytrbl])?(-\d+)?$/, 'border-w$1'],
	[/^border-(solid|dashed|dotted|double|hidden|none)$/, 'border-style'],
	[/^border-(collapse|separate)$/, 'border-collapse'],
	[new RegExp(`^border(-[xytrbl])?-${COLOR}$`), 'border-color$1'],
	[/^divide-y(-|$)/, 'divide-y'],
	[/^rounded(-[trbl]{1,2})?(-[a-z0-9]+)?$/, 'rounded$1'],
	[new RegExp(`^shadow(-(${SIZE}|none|\\[\\d.+\\]))?$`), 'shadow'],
	[/^ring(-\d+)?$/, 'ring-w'],
	[/^ring-/, 'ring-color'],
	[/^outline-offset-/, 'outline-offset'],
	[/^outline-(none|solid|dashed|dotted|double|hidden)$/, 'outline-style'],
	[/^outline(-\d+)?$/, 'outline-w'],
	[
		/^(opacity|pointer-events|cursor|select|animate|duration|fill|stroke|accent|underline-offset)-/,
		'$1'
	],
	[/^transition(-|$)/, 'transition'],
	[/^overflow-(x|y)-/, 'overflow-$1'],
	[/^overflow-/, 'overflow'],
	[/^backdrop-blur(-|$)/, 'backdrop-blur'],
	[/^-?translate-(x|y)-/, 'translate-$1'],
	[/^scroll-mt-/, 'scroll-mt'],
	[/^(tabular|proportional)-nums$/, 'fvn-spacing'],
	[/^align-/, 'vertical-align'],
	[/^@container$/, 'container-type'],
	[/^\[([a-z-]+):.+\]$/, 'arbitrary..$1']
];

// What a group also overrides: `p-0` after `px-3`, `size-8` after `h-10`, `text-sm` after
// `leading-none`, `flex-1` after `shrink-0`, `rounded-md` after `rounded-t-sm`.
const SIDES: Record<string, string> = { x: 'rl', y: 'tb', '': 'xytrbl' };
const CORNERS: Record<string, string[]> = {
	'': ['t', 'r', 'b', 'l', 'tl', 'tr', 'br', 'bl'],
	t: ['tl', 'tr'],
	r: ['tr', 'br'],
	b: ['br', 'bl'],
	l: ['tl', 'bl']
};
const ALSO: Record<string, string[]> = {
	size: ['w', 'h'],
	'font-size': ['leading'],
	flex: ['basis', 'grow', 'shrink'],
	gap: ['gap-x', 'gap-y'],
	inset: ['top', 'right', 'bottom', 'left'],
	overflow: ['overflow-x', 'overflow-y'],
	'line-clamp': ['display', 'overflow']
};

function overrides(group: string): string[] {
	const box = /^(p|m|border-w|border-color)-?([xy]?)$/.exec(group);
	if (box) {
		const [, kind, axis] = box;
		const join = kind.length > 1 ? '-' : '';
		return [...SIDES[axis]].map((side) => kind + join + side);
	}
	const corner = /^rounded-?([trbl]?)$/.exec(group);
	if (corner) return CORNERS[corner[1]].map((c) => `rounded-${c}`);
	return ALSO[group] ?? [];
}

function groupOf(base: string): string | undefined {
	for (const [pattern, group] of RULES) {
		const match = pattern.exec(base);
		if (match) return group.replace('$1', match[1] ?? '');
	}
	return undefined;
}

/** Splits `md:hover:!px-2/50` into its variants (`hover:md:`, sorted), `!`, and `px-2`. */
function parse(className: string) {
	const variants: string[] = [];
	let depth = 0;
	let start = 0;
	let postfix = -1;
	for (let i = 0; i < className.length; i++) {
		const c = className[i];
		if (c === '[' || c === '(') depth++;
		else if (c === ']' || c === ')') depth--;
		else if (depth === 0 && c === ':') {
			variants.push(className.slice(start, i));
			start = i + 1;
		} else if (depth === 0 && c === '/') postfix = i;
	}
	let base = className.slice(start, postfix > start ? postfix : undefined);
	let important = '';
	if (base.endsWith('!') || base.startsWith('!')) {
		base = base.replace(/^!|!$/, '');
		important = '!';
	}
	return { variants: variants.sort().join(':'), important, base };
}

// Components merge the same few class lists over and over (every card of a page renders the
// same buttons and badges): the answers are kept, as tailwind-merge keeps them in its LRU cache.
// Without it, server-rendering /scenarios spent 17 % of its CPU here (bench/REPORT.md).
const MERGED_MAX = 1000;
const merged = new Map<string, string>();

export function mergeClasses(classList: string): string {
	let result = merged.get(classList);
	if (result === undefined) {
		result = merge(classList);
		// Bounded: an app renders a few hundred distinct lists; anything past that starts over.
		if (merged.size >= MERGED_MAX) merged.clear();
		merged.set(classList, result);
	}
	return result;
}

function merge(classList: string): string {
	const taken = new Set<string>();
	const kept: string[] = [];
	const classes = classList.trim().split(/\s+/);
	for (let i = classes.length - 1; i >= 0; i--) {
		const { variants, important, base } = parse(classes[i]);
		const group = groupOf(base);
		if (group) {
			const prefix = variants + important;
			if (taken.has(prefix + group)) continue;
			taken.add(prefix + group);
			for (const other of overrides(group)) taken.add(prefix + other);
		}
		kept.unshift(classes[i]);
	}
	return kept.join(' ');
}
