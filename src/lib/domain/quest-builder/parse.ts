import { AGE_RANGES, type AgeRange, type QuestModule } from '../../schemas/enums';
import type { ContextField } from '../../schemas/quest-builder';

// Reading a parent's free-text answers: an age band, an approach, and what they want to do next.
// Deliberately forgiving in what it accepts ("8", "eight", "7 to 9", "cbt please") and strict in
// what it guesses: an answer that could mean two things is "unclear", and the builder asks again.

/** Spaces collapsed (line breaks, tabs), trimmed: the form the builder stores. */
export function cleanText(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Lower case, letters, digits, dashes and spaces only: the form intents are matched on. */
function plain(text: string): string {
	return cleanText(
		text
			.toLowerCase()
			.replace(/[–—]/g, '-')
			.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
	);
}

const NUMBER_WORDS: Record<string, number> = {
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17
};

/** The band for one age: 7 reads as 7-9 (5-7 is for the youngest), 5 and 6 as 5-7. */
function bandForAge(age: number): AgeRange | null {
	if (!Number.isInteger(age) || age < 5 || age > 17) return null;
	if (age <= 6) return '5-7';
	if (age <= 9) return '7-9';
	if (age <= 12) return '10-12';
	if (age <= 15) return '13-15';
	return '16-17';
}

/** An age band from "7-9", "7 to 9", "8", "eight years old"; null when unclear or out of range. */
export function readAgeBand(text: string): AgeRange | null {
	const words = plain(text);
	const range = words.match(/(\d{1,2})\s*(?:-|to)\s*(\d{1,2})/);
	if (range) {
		const band = `${Number(range[1])}-${Number(range[2])}`;
		return (AGE_RANGES as readonly string[]).includes(band) ? (band as AgeRange) : null;
	}
	const numbers = [
		...(words.match(/\d+/g) ?? []).map(Number),
		...words
			.split(' ')
			.filter((w) => w in NUMBER_WORDS)
			.map((w) => NUMBER_WORDS[w])
	];
	const bands = new Set(numbers.map(bandForAge));
	if (numbers.length === 0 || bands.size !== 1) return null;
	return [...bands][0];
}

const MODULE_WORDS: [RegExp, QuestModule][] = [
	[/\b(ifs|internal family|parts?)\b/, 'IFS'],
	[/\b(dbt|dialectical|big feelings?)\b/, 'DBT'],
	[/\b(cbt|cognitive|thoughts?|detective)\b/, 'CBT'],
	[/\b(act|acceptance|what matters|values?)\b/, 'ACT']
];

/** The approach the parent names; 'unsure' when they ask for help choosing. */
export function readModule(text: string): QuestModule | 'unsure' | null {
	const words = plain(text);
	const found = new Set(MODULE_WORDS.filter(([re]) => re.test(words)).map(([, m]) => m));
	if (found.size === 1) return [...found][0];
	if (
		found.size === 0 &&
		/\b(not sure|unsure|don t know|dont know|no idea|which|help|explain)\b/.test(words)
	) {
		return 'unsure';
	}
	return null;
}

export const isStartOver = (text: string) =>
	/\b(start over|start again|restart|begin again|from scratch)\b/.test(plain(text));

export const isBack = (text: string) => /^(back|go back|undo|previous)$/.test(plain(text));

export const isYes = (text: string) =>
	/^(yes|yep|yeah|y|ok|okay|sure|go|go ahead|please|sounds good|looks good|correct|right|that s right|write it|write the draft)\b/.test(
		plain(text)
	) && !/\b(change|no|not)\b/.test(plain(text));

export const isNotSure = (text: string) =>
	/^(not sure|unsure|i don t know|i dont know|don t know|dont know|no idea|nothing yet|pass|skip)\b/.test(
		plain(text)
	);

export const isCreate = (text: string) => {
	const words = plain(text);
	return (
		/\b(create|save|looks good|use it|use this|keep it|perfect|done|yes|great|ok|okay)\b/.test(
			words
		) && !/\b(change|other|another|different|not|no)\b/.test(words)
	);
};

export const isOtherTemplate = (text: string) =>
	/\b(other|another|different|new story|next one|try again|something else)\b/.test(plain(text)) &&
	!/\btitle\b/.test(plain(text));

/**
 * A title change: "change the title to X", "call it X", "title: X", "rename it to X". Returns
 * the new title as typed (case kept), '' when the parent asked to change it without saying to
 * what, and null when the answer is not about the title.
 */
export function readTitle(text: string): string | null {
	const match = cleanText(text).match(
		/^(?:(?:please\s+)?change\s+(?:the\s+)?(?:title|name)(?:\s+to)?|call\s+it|title\s*:|new\s+title\s*:?|rename(?:\s+it)?(?:\s+to)?|name\s+it)\s*(.*)$/i
	);
	if (!match) return null;
	return match[1].replace(/^["'“‘]+|["'”’]+$/g, '').trim();
}

const FIELD_WORDS: [RegExp, ContextField][] = [
	[/\b(age|ages|old|band)\b/, 'ageBand'],
	[/\b(worry|worries|problem|fear)\b/, 'worry'],
	[/\b(helps?|what helps|calm)\b/, 'helps'],
	[/\b(approach|module|method|ifs|dbt|cbt|act)\b/, 'module']
];

/** "change the age", "the worry is wrong": which answer the parent wants to give again. */
export function readChange(text: string): ContextField | null {
	const words = plain(text);
	if (!/\b(change|wrong|fix|different|edit|redo)\b/.test(words)) return null;
	const found = FIELD_WORDS.filter(([re]) => re.test(words)).map(([, f]) => f);
	return found.length === 1 ? found[0] : null;
}

// Parents often answer with a whole sentence ("She worries that nobody will play with her.")
// where the builder asked to finish "The worry is about …"; the templates put the answer into
// the story ("worried thoughts about {worry}"), so the sentence frame and the closing full stop
// are taken off. Anything not recognised is kept as typed.
const WORRY_FRAMES = [
	/^(?:the )?worry is (?:about |that )?/i,
	/^(?:it'?s|it is) (?:about |that )?/i,
	/^(?:(?:she|he|they|my (?:son|daughter|child|kid|boy|girl)|[A-Z][a-z]+) )(?:is |are |gets |get |feels |feel )?(?:really |very |so )?(?:worries|worry|worried|scared|afraid|anxious|nervous|frightened)(?: (?:that|about|of))? /i
];
const HELPS_FRAMES = [/^what helps is /i, /^(?:it|that) helps (?:to |when )?/i];

function unframe(text: string, frames: RegExp[]): string {
	let out = cleanText(text);
	for (const frame of frames) {
		const stripped = out.replace(frame, '');
		if (stripped !== out && stripped.trim().length >= 2) {
			out = stripped;
			break;
		}
	}
	out = out.replace(/[.!]+$/, '').trim();
	// Mid-sentence in the story: "with Drawing" → "with drawing" (but "I", "TV" stay).
	return /^[A-Z][a-z]/.test(out) && !/^I\b/.test(out) ? out[0].toLowerCase() + out.slice(1) : out;
}

/** The worry as the topic the story names: "She worries that X." → "X". */
export function worryTopic(text: string): string {
	return unframe(text, WORRY_FRAMES);
}

/** What helps, without the sentence frame: "What helps is drawing." → "drawing". */
export function helpsTopic(text: string): string {
	return unframe(text, HELPS_FRAMES);
}
