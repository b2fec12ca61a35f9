// Plain words for every validation problem a schema did not word itself. zod's defaults
// ("Too small: expected string to have >=1 characters", `Invalid option: expected one of
// "approved"|...`) are written for developers; this map replaces all of them, for every schema
// at once (installed in ./zod.ts with z.config, so the server, the forms and the fuzzed API all
// answer in the same words). A message a schema gives itself ('Give it a title of at least 3
// characters') still wins. Messages name no field: forms show them under the field, and
// `errorMessage` (src/lib/trpc/client.ts) puts the field's name in front where there is none.

/** The parts of a zod issue the wording depends on (zod's raw issue has more). */
export interface IssueLike {
	code?: string;
	input?: unknown;
	origin?: string;
	expected?: string;
	format?: string;
	minimum?: number | bigint;
	maximum?: number | bigint;
	inclusive?: boolean;
	divisor?: number | bigint;
	keys?: string[];
}

const plural = (n: number | bigint, one: string, many: string) =>
	`${n} ${Number(n) === 1 ? one : many}`;

function sizeWord(origin: string | undefined, n: number | bigint) {
	if (origin === 'string') return plural(n, 'character', 'characters');
	if (origin === 'array' || origin === 'set') return plural(n, 'item', 'items');
	if (origin === 'file') return plural(n, 'byte', 'bytes');
	return String(n);
}

const FORMATS: Record<string, string> = {
	email: 'Enter an e-mail address, like name@example.com',
	url: 'Enter a web address, like https://example.com',
	uuid: 'This link or reference is not valid',
	guid: 'This link or reference is not valid',
	datetime: 'Enter a date and time',
	date: 'Enter a date',
	time: 'Enter a time',
	regex: 'Use only the characters allowed here',
	starts_with: 'This does not start the way it should',
	ends_with: 'This does not end the way it should',
	includes: 'This is missing a part it needs',
	lowercase: 'Use lowercase letters',
	uppercase: 'Use uppercase letters'
};

const EXPECTED: Record<string, string> = {
	string: 'Enter some text',
	number: 'Enter a number',
	int: 'Enter a whole number',
	bigint: 'Enter a whole number',
	boolean: 'Choose yes or no',
	date: 'Enter a date',
	array: 'Choose from the list',
	object: 'Some information is missing',
	record: 'Some information is missing'
};

/** The plain message for an issue (never undefined: every code has words). */
export function plainIssueMessage(issue: IssueLike): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined || issue.input === null) {
				return issue.expected === 'array' ? 'Choose at least one' : 'This is required';
			}
			if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
				return 'Enter a number';
			}
			return EXPECTED[issue.expected ?? ''] ?? 'This value is not allowed here';
		case 'too_small': {
			const min = issue.minimum ?? 0;
			if (issue.origin === 'string') {
				return Number(min) <= 1 ? 'This can’t be empty' : `Use at least ${sizeWord('string', min)}`;
			}
			if (issue.origin === 'array' || issue.origin === 'set') {
				return Number(min) <= 1 ? 'Choose at least one' : `Choose at least ${min}`;
			}
			if (issue.origin === 'date') return 'Choose a later date';
			return issue.inclusive === false ? `Use a number above ${min}` : `Use ${min} or more`;
		}
		case 'too_big': {
			const max = issue.maximum ?? 0;
			if (issue.origin === 'string') return `Use at most ${sizeWord('string', max)}`;
			if (issue.origin === 'array' || issue.origin === 'set') return `Choose at most ${max}`;
			if (issue.origin === 'file') return `Use a file of at most ${sizeWord('file', max)}`;
			if (issue.origin === 'date') return 'Choose an earlier date';
			return issue.inclusive === false ? `Use a number below ${max}` : `Use ${max} or less`;
		}
		case 'invalid_format':
			return FORMATS[issue.format ?? ''] ?? 'This is not in the expected format';
		case 'invalid_value':
			return 'Choose one of the options offered';
		case 'not_multiple_of':
			return `Use a multiple of ${issue.divisor}`;
		case 'unrecognized_keys':
			return `Not expected here: ${(issue.keys ?? []).join(', ')}`;
		case 'invalid_key':
		case 'invalid_element':
			return 'Some entries are not valid';
		case 'invalid_union':
			return 'This value is not allowed here';
		default:
			return 'This value is not valid';
	}
}

/**
 * Whether a message is zod's own wording, which nobody should see: the tests hold every
 * schema's messages and every page against it.
 */
export const ZOD_DEFAULT_WORDING =
	/^(Invalid input|Invalid option|Invalid string|Invalid UUID|Invalid GUID|Invalid email|Invalid URL|Invalid (ISO )?(date|time|datetime)|Invalid key|Invalid element|Invalid character|Invalid [a-z]+:|Too small:|Too big:|Unrecognized key|Expected |Required$)|expected (string|number|int|boolean|array|object|one of) |to have [<>]=/;

/** A field path ('estimatedTime', 'steps.2.prompt') as words: "Estimated time", "Prompt". */
export function fieldLabel(path: readonly PropertyKey[]): string | null {
	const key = [...path].reverse().find((p): p is string => typeof p === 'string');
	if (!key) return null;
	const words = key
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/[_-]+/g, ' ')
		.trim()
		.toLowerCase();
	return words ? words.charAt(0).toUpperCase() + words.slice(1) : null;
}

/**
 * One sentence for a list of issues, each led by its field's name: "Title: Use at least 3
 * characters; Rating: Use 5 or less". At most three, then "and N more".
 */
export function describeIssues(
	issues: readonly { path?: readonly PropertyKey[]; message: string }[]
): string {
	const parts = issues.slice(0, 3).map((issue) => {
		const label = fieldLabel(issue.path ?? []);
		return label ? `${label}: ${issue.message}` : issue.message;
	});
	const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
	return `${parts.join('; ')}${more}` || 'Something in the request is not valid';
}

/**
 * The first message per field, for a form to show beside it: keyed by `keyOf`, by default the
 * field the issue's path starts with ('' for an issue about the whole form).
 */
export function firstIssueByField<I extends { path: readonly PropertyKey[]; message: string }>(
	issues: readonly I[],
	keyOf: (issue: I) => string = (issue) => String(issue.path[0] ?? '')
): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of issues) errors[keyOf(issue)] ??= issue.message;
	return errors;
}
