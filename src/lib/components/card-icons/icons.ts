import {
	Bookmark,
	CircleCheck,
	Clock,
	MessageCircle,
	Phone,
	Play,
	ShieldCheck,
	Star
} from '@lucide/svelte';

// The Lucide icons every scenario card repeats. A library page has 24 cards with 5-6 icons
// each; rendered as components they were 140 inline SVGs (68 kB of HTML and about a tenth of
// the server's render time). The page draws each icon once, from @lucide/svelte itself, in a
// hidden sprite (<CardIconSprite>), and the cards point at it with <use> (<CardIcon>).
export const CARD_ICONS = {
	clock: Clock,
	phone: Phone,
	'message-circle': MessageCircle,
	star: Star,
	bookmark: Bookmark,
	play: Play,
	'shield-check': ShieldCheck,
	'circle-check': CircleCheck
};

export type CardIconName = keyof typeof CARD_ICONS;
