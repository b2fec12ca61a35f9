import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { scenarioContentSchema, type ScenarioContent } from '../schemas/scenario';

// A scenario (a quest or any other) as a YAML file: authors keep it in version control, send it
// to a colleague, or write one by hand and import it. Export writes every content field, so
// importing the file gives back exactly what was exported; import validates with the studio's own
// schema and names the line of each problem. Pure (the `yaml` package runs in the browser too).

export const YAML_MAX_BYTES = 512 * 1024;

export interface YamlProblem {
	/** 1-based line in the file, when the problem has a place */
	line: number | null;
	/** the field, e.g. `steps.2.next`; empty for the file as a whole */
	path: string;
	message: string;
}

export type YamlImport =
	{ ok: true; content: ScenarioContent } | { ok: false; problems: YamlProblem[] };

const HEADER =
	'Scenario Hub scenario. Import it in the studio ("Import YAML") to replace a draft’s content.';

/** Every content field in the schema's order, as YAML (block style, long lines kept). */
export function scenarioToYaml(content: ScenarioContent): string {
	const ordered = Object.fromEntries(
		Object.keys(scenarioContentSchema.shape).map((key) => [
			key,
			content[key as keyof ScenarioContent]
		])
	);
	return `# ${HEADER}\n${stringify(ordered, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** Parses and validates a scenario file; problems carry their line. */
export function scenarioFromYaml(text: string): YamlImport {
	if (new TextEncoder().encode(text).length > YAML_MAX_BYTES) {
		return {
			ok: false,
			problems: [{ line: null, path: '', message: 'The file is larger than 512 kB' }]
		};
	}
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const lineAt = (offset: number | undefined) =>
		offset === undefined ? null : lines.linePos(offset).line;
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((e) => ({ line: lineAt(e.pos[0]), path: '', message: e.message }))
		};
	}
	let raw: unknown;
	try {
		// No aliases at all: a few lines of them can expand to gigabytes ("billion laughs").
		raw = doc.toJS({ maxAliasCount: 0 });
	} catch {
		return {
			ok: false,
			problems: [
				{ line: null, path: '', message: 'Anchors and aliases (& and *) are not supported' }
			]
		};
	}
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return {
			ok: false,
			problems: [{ line: 1, path: '', message: 'Expected a mapping of scenario fields' }]
		};
	}
	/** The line of the deepest node that exists along `path`. */
	const lineOf = (path: readonly PropertyKey[]) => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as Node | undefined;
			if (node?.range) return lineAt(node.range[0]);
			if (depth === 0) return lineAt(doc.contents?.range?.[0]);
		}
		return null;
	};
	const parsed = scenarioContentSchema.safeParse(raw);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.error.issues.map((issue) => ({
				line: lineOf(issue.path),
				path: issue.path.map(String).join('.'),
				message: issue.message
			}))
		};
	}
	const unknown = unknownFields(doc.contents, parsed.data, []);
	if (unknown.length > 0) {
		return {
			ok: false,
			problems: unknown.map(({ path, line }) => ({
				line: lineAt(line),
				path: path.join('.'),
				message: 'Unknown field: the studio would drop it (is it misspelt?)'
			}))
		};
	}
	return { ok: true, content: parsed.data };
}

/** Keys the schema does not know (zod drops them silently), with where they stand. */
function unknownFields(
	node: unknown,
	parsed: unknown,
	path: string[]
): { path: string[]; line: number | undefined }[] {
	if (isSeq(node) && Array.isArray(parsed)) {
		return node.items.flatMap((item, i) => unknownFields(item, parsed[i], [...path, String(i)]));
	}
	if (!isMap(node) || parsed === null || typeof parsed !== 'object') return [];
	return node.items.flatMap((pair) => {
		const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
		const keyRange = (pair.key as { range?: [number, number, number] })?.range;
		return key in (parsed as object)
			? unknownFields(pair.value, (parsed as Record<string, unknown>)[key], [...path, key])
			: [{ path: [...path, key], line: keyRange?.[0] }];
	});
}
