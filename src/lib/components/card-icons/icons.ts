// Lucide's drawings (ISC licence) of the icons every scenario card repeats. A library page has
// 24 cards with 5-6 icons each; rendered as components they were 140 inline SVGs (68 kB of HTML
// and about a tenth of the server's render time). The page now defines each drawing once in a
// hidden sprite and the cards point at it with <use>.

type Shape = ['circle' | 'path', Record<string, string>];

export const CARD_ICONS = {
	clock: [
		['circle', { cx: '12', cy: '12', r: '10' }],
		['path', { d: 'M12 6v6l4 2' }]
	],
	phone: [
		[
			'path',
			{
				d: 'M13.832 16.568a1 1 0 0 0 1.213-.303l.355-.465A2 2 0 0 1 17 15h3a2 2 0 0 1 2 2v3a2 2 0 0 1-2 2A18 18 0 0 1 2 4a2 2 0 0 1 2-2h3a2 2 0 0 1 2 2v3a2 2 0 0 1-.8 1.6l-.468.351a1 1 0 0 0-.292 1.233 14 14 0 0 0 6.392 6.384'
			}
		]
	],
	'message-circle': [
		[
			'path',
			{
				d: 'M2.992 16.342a2 2 0 0 1 .094 1.167l-1.065 3.29a1 1 0 0 0 1.236 1.168l3.413-.998a2 2 0 0 1 1.099.092 10 10 0 1 0-4.777-4.719'
			}
		]
	],
	star: [
		[
			'path',
			{
				d: 'M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z'
			}
		]
	],
	bookmark: [
		[
			'path',
			{
				d: 'M17 3a2 2 0 0 1 2 2v15a1 1 0 0 1-1.496.868l-4.512-2.578a2 2 0 0 0-1.984 0l-4.512 2.578A1 1 0 0 1 5 20V5a2 2 0 0 1 2-2z'
			}
		]
	],
	play: [
		[
			'path',
			{
				d: 'M5 5a2 2 0 0 1 3.008-1.728l11.997 6.998a2 2 0 0 1 .003 3.458l-12 7A2 2 0 0 1 5 19z'
			}
		]
	],
	'shield-check': [
		[
			'path',
			{
				d: 'M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z'
			}
		],
		['path', { d: 'm9 12 2 2 4-4' }]
	],
	'circle-check': [
		['circle', { cx: '12', cy: '12', r: '10' }],
		['path', { d: 'm16 9-5.5 5.5L8 12' }]
	]
} satisfies Record<string, Shape[]>;

export type CardIconName = keyof typeof CARD_ICONS;
