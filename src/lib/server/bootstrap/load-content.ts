import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { z } from '../../schemas/zod';
import { REVIEW_DECISIONS, REVIEW_TEXT_MAX, SCENARIO_STATUSES } from '../../schemas/enums';
import {
	scenarioContentSchema,
	scenarioSlugSchema,
	type ScenarioContent
} from '../../schemas/scenario';
import { rubricSchema, type Rubric } from '../../schemas/evaluation';
import { DEMO_ACCOUNTS } from './demo-accounts';

// The seed's scenarios are data: one YAML file per scenario, content/<group>/<slug>.yaml, plus
// content/crowd-reviews.yaml. Each file is validated with the studio's own content schema.
// content/README.md describes the layout for authors.

/** What the scenarios of each group folder are: built in, or a demo author's community work. */
const GROUPS = {
	'crisis-line': 'builtin',
	quests: 'builtin',
	language: 'builtin',
	community: 'community'
} as const;
type Group = keyof typeof GROUPS;

const CROWD_REVIEWS_FILE = 'crowd-reviews.yaml';
const RUBRICS_FILE = 'rubrics.yaml';
/** The seeded tracks (read and checked by tracks.ts, which knows their format). */
const TRACKS_FILE = 'tracks.yaml';
/** How error messages name the folder. */
const SHOWN_DIR = 'src/lib/server/bootstrap/content';

export class SeedContentError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SeedContentError';
	}
}

const orderSchema = z.number().int().min(1);
const score = z.number().int().min(1).max(5);
const prose = z.string().trim().min(1).max(4000);

const builtinSeedSchema = z.strictObject({ order: orderSchema });

const communityReviewSchema = z.strictObject({
	emotionalSafety: score,
	therapeuticCorrectness: score,
	ageAppropriateness: score,
	revealTiming: score,
	strengths: prose,
	concerns: prose,
	recommendations: prose,
	decision: z.enum(REVIEW_DECISIONS)
});
export type CommunityReview = z.infer<typeof communityReviewSchema>;

const communitySeedSchema = z
	.strictObject({
		order: orderSchema,
		author: z
			.string()
			.refine((key) => DEMO_ACCOUNTS.some((a) => a.key === key), 'Not a demo account key'),
		status: z.enum(SCENARIO_STATUSES).exclude(['archived']),
		review: communityReviewSchema.optional()
	})
	.superRefine((seed, ctx) => {
		// A reviewed status (approved, changes_requested, rejected) is the review's decision.
		const reviewed = (REVIEW_DECISIONS as readonly string[]).includes(seed.status);
		if (reviewed && !seed.review) {
			ctx.addIssue({
				code: 'custom',
				path: ['review'],
				message: `A scenario with status ${seed.status} needs its review`
			});
		} else if (!reviewed && seed.review) {
			ctx.addIssue({
				code: 'custom',
				path: ['review'],
				message: `A scenario with status ${seed.status} has no review yet`
			});
		} else if (seed.review && seed.review.decision !== seed.status) {
			ctx.addIssue({
				code: 'custom',
				path: ['review', 'decision'],
				message: `The decision must be the status, ${seed.status}`
			});
		}
	});
export type CommunityStatus = z.infer<typeof communitySeedSchema>['status'];

const STARS = ['1', '2', '3', '4', '5'] as const;
const reviewTextsByStars = z.partialRecord(
	z.enum(STARS),
	z.array(z.string().trim().min(1).max(REVIEW_TEXT_MAX))
);
const crowdReviewsSchema = z.strictObject({
	scenarios: z.record(scenarioSlugSchema, reviewTextsByStars),
	any: reviewTextsByStars
});
/** Texts crowd learners write next to their star rating, by scenario slug, then for any. */
export type CrowdReviews = z.infer<typeof crowdReviewsSchema>;

export interface SeedScenario {
	/** path under content/, e.g. 'quests/quest-leaves-on-the-stream.yaml' */
	file: string;
	group: Group;
	slug: string;
	/** creation order within built-in or community scenarios (1 = oldest) */
	order: number;
	content: ScenarioContent;
}

export interface CommunitySeedScenario extends SeedScenario {
	/** the demo account that wrote it */
	author: string;
	status: CommunityStatus;
	review?: CommunityReview;
}

export interface SeedContent {
	/** approved, public, no author; in creation order */
	builtin: SeedScenario[];
	/** by the demo authors, at every stage of review; in creation order */
	community: CommunitySeedScenario[];
	/** the evaluation rubrics (rubrics.yaml); every seed scenario names one */
	rubrics: Rubric[];
	crowdReviews: CrowdReviews;
	/** the text of tracks.yaml, when there is one */
	tracks?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(file: string, problems: string[]): never {
	throw new SeedContentError(
		`${SHOWN_DIR}/${file} is not valid seed content:\n${problems.map((p) => `  ${p}`).join('\n')}`
	);
}

const issuesOf = (error: z.ZodError, prefix: string[] = []) =>
	error.issues.map(
		(i) => `${[...prefix, ...i.path.map(String)].join('.') || '(file)'}: ${i.message}`
	);

/** Keys zod dropped because no schema knows them, such as a misspelt `guidence`. */
function unknownKeys(raw: unknown, parsed: unknown, path: string[] = []): string[] {
	if (Array.isArray(raw) && Array.isArray(parsed)) {
		return raw.flatMap((item, i) => unknownKeys(item, parsed[i], [...path, String(i)]));
	}
	if (!isRecord(raw) || !isRecord(parsed)) return [];
	return Object.keys(raw).flatMap((key) =>
		key in parsed
			? unknownKeys(raw[key], parsed[key], [...path, key])
			: [`${[...path, key].join('.')}: Unknown field`]
	);
}

function parseYaml(file: string, text: string): unknown {
	const doc = parseDocument(text);
	const errors = doc.errors.map((e) => e.message);
	if (errors.length > 0) fail(file, errors);
	return doc.toJS();
}

/**
 * One scenario file: its slug is the file name and its kind the group folder. Optional fields
 * it leaves out get the schema's defaults; visibility defaults to public.
 */
export function parseScenarioFile(
	file: string,
	text: string
): SeedScenario | CommunitySeedScenario {
	const [group, name, ...deeper] = file.split('/');
	if (!Object.hasOwn(GROUPS, group) || !name || deeper.length > 0) {
		fail(file, [`Not in a group folder (${Object.keys(GROUPS).join(', ')})`]);
	}
	const slug = name.replace(/\.yaml$/, '');
	const problems: string[] = [];
	const slugCheck = scenarioSlugSchema.safeParse(slug);
	if (!slugCheck.success || slugCheck.data !== slug) {
		problems.push(
			`(file name): "${slug}" is not a scenario slug (lowercase letters, digits, dashes)`
		);
	}

	const raw = parseYaml(file, text);
	if (!isRecord(raw)) return fail(file, ['(file): Expected a mapping of scenario fields']);
	const { seed, ...fields } = raw;
	const content = scenarioContentSchema.safeParse({ visibility: 'public', ...fields });
	if (content.success) problems.push(...unknownKeys(fields, content.data));
	else problems.push(...issuesOf(content.error));

	const kind = GROUPS[group as Group];
	const meta = (kind === 'community' ? communitySeedSchema : builtinSeedSchema).safeParse(seed);
	if (!meta.success) problems.push(...issuesOf(meta.error, ['seed']));
	if (problems.length > 0 || !content.success || !meta.success) return fail(file, problems);

	return { file, group: group as Group, slug, ...meta.data, content: content.data };
}

function parseCrowdReviews(text: string, slugs: Set<string>): CrowdReviews {
	const parsed = crowdReviewsSchema.safeParse(parseYaml(CROWD_REVIEWS_FILE, text));
	if (!parsed.success) return fail(CROWD_REVIEWS_FILE, issuesOf(parsed.error));
	const problems: string[] = [];
	const seen = new Set<string>();
	const check = (path: string, byStars: Partial<Record<string, string[]>>) => {
		for (const [stars, texts] of Object.entries(byStars)) {
			texts?.forEach((text, i) => {
				if (seen.has(text)) problems.push(`${path}.${stars}.${i}: Used twice: "${text}"`);
				seen.add(text);
			});
		}
	};
	for (const [slug, byStars] of Object.entries(parsed.data.scenarios)) {
		if (!slugs.has(slug)) problems.push(`scenarios.${slug}: No seed scenario has this slug`);
		check(`scenarios.${slug}`, byStars);
	}
	check('any', parsed.data.any);
	if (problems.length > 0) fail(CROWD_REVIEWS_FILE, problems);
	return parsed.data;
}

function parseRubrics(text: string): Rubric[] {
	const parsed = z.array(rubricSchema).min(1).safeParse(parseYaml(RUBRICS_FILE, text));
	if (!parsed.success) return fail(RUBRICS_FILE, issuesOf(parsed.error));
	const problems: string[] = [];
	const keys = new Set<string>();
	parsed.data.forEach((rubric, i) => {
		if (keys.has(rubric.key)) problems.push(`${i}.key: "${rubric.key}" is used twice`);
		keys.add(rubric.key);
		const criteria = new Set<string>();
		rubric.criteria.forEach((c, j) => {
			if (criteria.has(c.key)) problems.push(`${i}.criteria.${j}.key: "${c.key}" is used twice`);
			criteria.add(c.key);
		});
	});
	if (problems.length > 0) fail(RUBRICS_FILE, problems);
	return parsed.data;
}

/** Every built-in scenario names a rubric that exists, and its evidence names that rubric's criteria. */
function checkRubricUse(scenario: SeedScenario, rubrics: Rubric[]) {
	const rubric = rubrics.find((r) => r.key === scenario.content.rubric);
	if (!rubric) {
		const known = rubrics.map((r) => r.key).join(', ');
		return fail(scenario.file, [`rubric: Name one of the rubrics (${known})`]);
	}
	const criteria = new Set(rubric.criteria.map((c) => c.key));
	const problems: string[] = [];
	scenario.content.steps.forEach((step, i) => {
		const effects = [
			...(step.effects ?? []).map((e, k) => [`steps.${i}.effects.${k}`, e] as const),
			...(step.choices ?? []).flatMap((c, j) =>
				(c.effects ?? []).map((e, k) => [`steps.${i}.choices.${j}.effects.${k}`, e] as const)
			),
			...(step.heard ?? []).flatMap((h, j) =>
				h.effects.map((e, k) => [`steps.${i}.heard.${j}.effects.${k}`, e] as const)
			)
		];
		for (const [path, effect] of effects) {
			if ('criterion' in effect && !criteria.has(effect.criterion)) {
				problems.push(`${path}: "${effect.criterion}" is not a criterion of ${rubric.key}`);
			}
		}
	});
	if (problems.length > 0) fail(scenario.file, problems);
}

/** Validates every data file, keyed by its path under content/ ('quests/x.yaml'). */
export function parseSeedContent(files: ReadonlyMap<string, string>): SeedContent {
	const builtin: SeedScenario[] = [];
	const community: CommunitySeedScenario[] = [];
	const bySlug = new Map<string, string>();
	for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
		if (file === CROWD_REVIEWS_FILE || file === RUBRICS_FILE || file === TRACKS_FILE) continue;
		const scenario = parseScenarioFile(file, text);
		const other = bySlug.get(scenario.slug);
		if (other) fail(file, [`(file name): The slug ${scenario.slug} is taken by ${other}`]);
		bySlug.set(scenario.slug, file);
		if ('author' in scenario) community.push(scenario);
		else builtin.push(scenario);
	}
	for (const list of [builtin, community]) {
		list.sort((a, b) => a.order - b.order);
		list.forEach((s, i) => {
			if (i > 0 && list[i - 1].order === s.order) {
				fail(s.file, [`seed.order: ${s.order} is also the order of ${list[i - 1].file}`]);
			}
		});
	}
	const reviews = files.get(CROWD_REVIEWS_FILE);
	if (reviews === undefined) return fail(CROWD_REVIEWS_FILE, ['(file): Missing']);
	const crowdReviews = parseCrowdReviews(reviews, new Set(bySlug.keys()));
	const rubricsText = files.get(RUBRICS_FILE);
	if (rubricsText === undefined) return fail(RUBRICS_FILE, ['(file): Missing']);
	const rubrics = parseRubrics(rubricsText);
	for (const scenario of [...builtin, ...community]) checkRubricUse(scenario, rubrics);
	return { builtin, community, rubrics, crowdReviews, tracks: files.get(TRACKS_FILE) };
}

/**
 * The content folder on disk, for runs outside Vite (tsx scripts): beside this module in the
 * source tree, else found by walking up to the project (as the migrations folder is).
 */
export function contentDir(): string {
	const here = dirname(fileURLToPath(import.meta.url));
	const candidates = [join(here, 'content')];
	for (let dir = here, i = 0; i < 8; i++, dir = dirname(dir)) {
		candidates.push(join(dir, SHOWN_DIR));
	}
	const found = candidates.find((dir) => existsSync(join(dir, CROWD_REVIEWS_FILE)));
	if (!found) throw new SeedContentError(`No seed content folder at ${candidates[0]} or above`);
	return found;
}

/** Every .yaml file under a content folder, keyed by its path under it. */
export function readContentDir(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.yaml'))
		.sort();
	return new Map(
		files.map((path) => [path.split(sep).join('/'), readFileSync(join(dir, path), 'utf8')])
	);
}

/**
 * The files as Vite inlined them (dev server, vitest and the production build, which so needs
 * no source tree at run time); undefined outside Vite, where import.meta.glob does not exist.
 */
export function bundledContentFiles(): Map<string, string> | undefined {
	// Vite defines import.meta.env in every module it serves or builds; tsx does not.
	if (typeof import.meta.env === 'undefined') return undefined;
	const files = import.meta.glob<string>('./content/**/*.yaml', {
		query: '?raw',
		import: 'default',
		eager: true
	});
	return new Map(
		Object.entries(files).map(([path, text]) => [path.replace(/^\.\/content\//, ''), text])
	);
}

let loaded: SeedContent | undefined;

/** The seed content, parsed and validated once per process. */
export function loadSeedContent(): SeedContent {
	loaded ??= parseSeedContent(bundledContentFiles() ?? readContentDir(contentDir()));
	return loaded;
}
