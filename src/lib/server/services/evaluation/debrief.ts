import { sql } from 'drizzle-orm';
import { findStep } from '../../../domain/step-walk';
import type { RunKind, RunStatus, RunSummary, ScoreEvidence } from '../../../schemas/evaluation';
import type { ScenarioStep } from '../../../schemas/steps';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';
import { loadTranscript, type TranscriptTurn } from '../progress/respond';
import { rubricForAttempt, runAutomaticEvaluation } from './runs';
import { playableSql } from '../progress/writes';
import type { Viewer } from '../catalog/detail';
import { supervisorMayRead } from '../feedback/access';
import { attemptFeedback, type AttemptFeedback } from '../feedback/requests';

// The debrief of one attempt (`progress.debrief`, /attempts/[id]): the transcript with what the
// detectors found on each turn, the rubric, every run's scores with the words they rest on, the
// model responses of the steps answered, and scenarios that train the weakest criteria. The
// attempt's owner reads all of it. A supervisor (reviewer role) reads it only while a feedback
// request on the attempt is open, claimed or answered (the learner's consent), and then sees the
// transcript, the rubric, the automatic hints and their own runs: not the learner's reflection,
// self-assessment, other supervisors' scores (a calibration scoring is blind) or requests.

export interface DebriefRun {
	id: string;
	kind: RunKind;
	status: RunStatus;
	error: string | null;
	summary: RunSummary;
	finishedAt: Date | null;
	scores: {
		criterionKey: string;
		score: number;
		rationale: string | null;
		evidence: ScoreEvidence[];
	}[];
	comments: { turnId: string; text: string }[];
	/** the supervisor who scored it (supervisor runs only) */
	scoredBy: { id: string; name: string } | null;
}

/** Who is reading a debrief: its owner, or a supervisor by the learner's request. */
export type DebriefReader = 'owner' | 'supervisor';

export interface Debrief {
	attempt: {
		id: string;
		scenarioId: string;
		scenarioSlug: string;
		scenarioTitle: string;
		/** who the learner talked to, for the transcript */
		personaName: string;
		startedAt: Date;
		finishedAt: Date | null;
		outcome: string | null;
		timeSpent: number | null;
		reflection: string | null;
	};
	transcript: TranscriptTurn[];
	/** per answered respond step: the model response and other phrasings */
	models: { stepId: string; title: string; modelResponse: string; suggestions: string[] }[];
	rubric: {
		key: string;
		title: string;
		criteria: {
			key: string;
			title: string;
			description: string;
			levels: string[];
			skills: string[];
		}[];
	} | null;
	runs: DebriefRun[];
	practiseNext: { slug: string; title: string; skills: string[]; forCriteria: string[] }[];
	reader: DebriefReader;
	/** the owner's feedback requests on this attempt and how long answers take (owner only) */
	feedback: AttemptFeedback | null;
}

interface AttemptRow {
	id: string;
	user_id: string;
	scenario_id: string;
	slug: string;
	title: string;
	steps: ScenarioStep[];
	persona_name: string | null;
	mode: string;
	started_at: Date | string;
	finished_at: Date | string | null;
	outcome: string | null;
	time_spent: number | null;
	reflection: string | null;
}

export async function getDebrief(
	db: Executor,
	viewer: Viewer,
	attemptId: string
): Promise<Debrief> {
	const [row] = await queryRows<AttemptRow>(
		db,
		sql`select a.id, a.user_id, a.scenario_id, s.slug, s.title, s.steps, s.persona->>'name' as persona_name,
				s.mode, a.started_at,
				a.finished_at, a.outcome, a.time_spent, a.reflection
			from scenario_attempts a join scenarios s on s.id = a.scenario_id
			where a.id = ${attemptId}`
	);
	const reader: DebriefReader | null = !row
		? null
		: row.user_id === viewer.id
			? 'owner'
			: (await supervisorMayRead(db, viewer, attemptId))
				? 'supervisor'
				: null;
	if (!row || !reader) throw new AppError('NOT_FOUND', 'No attempt with that id');
	// A finish whose automatic run was lost (a crash between the two) gets it now.
	if (row.finished_at) await runAutomaticEvaluation(db, attemptId);

	const transcript = await loadTranscript(db, attemptId);
	const found = await rubricForAttempt(db, attemptId);
	const rubric = found?.rubric ?? null;
	const runs = (await loadRuns(db, attemptId)).filter((run) =>
		reader === 'owner'
			? run.summary.calibration !== true
			: run.kind === 'automatic' || run.scoredBy?.id === viewer.id
	);

	const answered = new Set(transcript.filter((t) => t.kind === 'response').map((t) => t.stepId));
	const models = [...answered].flatMap((stepId) => {
		const step = findStep(row.steps, stepId);
		return step?.modelResponse
			? [
					{
						stepId,
						title: step.title,
						modelResponse: step.modelResponse,
						suggestions: step.suggestions ?? []
					}
				]
			: [];
	});

	return {
		attempt: {
			id: row.id,
			scenarioId: row.scenario_id,
			scenarioSlug: row.slug,
			scenarioTitle: row.title,
			personaName: row.persona_name ?? (row.mode === 'phone' ? 'Caller' : 'Chatter'),
			startedAt: new Date(row.started_at),
			finishedAt: row.finished_at ? new Date(row.finished_at) : null,
			outcome: row.outcome,
			timeSpent: row.time_spent === null ? null : Number(row.time_spent),
			reflection: reader === 'owner' ? row.reflection : null
		},
		transcript,
		models,
		rubric: rubric && {
			key: rubric.key,
			title: rubric.title,
			criteria: rubric.criteria.map((c) => ({
				key: c.key,
				title: c.title,
				description: c.description,
				levels: c.levels,
				skills: c.skills
			}))
		},
		runs,
		practiseNext:
			rubric && reader === 'owner'
				? await practiseNext(db, row.scenario_id, rubric.criteria, runs)
				: [],
		reader,
		feedback: reader === 'owner' ? await attemptFeedback(db, attemptId) : null
	};
}

async function loadRuns(db: Executor, attemptId: string): Promise<DebriefRun[]> {
	const runs = await queryRows<{
		id: string;
		kind: RunKind;
		status: RunStatus;
		error: string | null;
		summary: RunSummary;
		finished_at: Date | string | null;
		scored_by: string | null;
		scorer_name: string | null;
	}>(
		db,
		sql`select e.id, e.kind, e.status, e.error, e.summary, e.finished_at, e.scored_by,
				u.display_name as scorer_name
			from evaluation_runs e left join users u on u.id = e.scored_by
			where e.attempt_id = ${attemptId} order by e.created_at, e.id`
	);
	if (runs.length === 0) return [];
	const scores = await queryRows<{
		run_id: string;
		criterion_key: string;
		score: number;
		rationale: string | null;
		evidence: ScoreEvidence[];
	}>(
		db,
		sql`select r.run_id, r.criterion_key, r.score, r.rationale, r.evidence
			from rubric_scores r join evaluation_runs e on e.id = r.run_id
			where e.attempt_id = ${attemptId}`
	);
	const comments = await queryRows<{ run_id: string; turn_id: string; text: string }>(
		db,
		sql`select c.run_id, c.turn_id, c.text
			from turn_comments c join evaluation_runs e on e.id = c.run_id
				join attempt_turns t on t.id = c.turn_id
			where e.attempt_id = ${attemptId} order by t.seq`
	);
	return runs.map((run) => ({
		id: run.id,
		kind: run.kind,
		status: run.status,
		error: run.error,
		summary: run.summary,
		finishedAt: run.finished_at ? new Date(run.finished_at) : null,
		scores: scores
			.filter((s) => s.run_id === run.id)
			.map((s) => ({
				criterionKey: s.criterion_key,
				score: Number(s.score),
				rationale: s.rationale,
				evidence: s.evidence
			})),
		comments: comments
			.filter((c) => c.run_id === run.id)
			.map((c) => ({ turnId: c.turn_id, text: c.text })),
		scoredBy: run.scored_by ? { id: run.scored_by, name: run.scorer_name ?? 'A supervisor' } : null
	}));
}

/**
 * Up to three playable scenarios that train the skills of the weakest criteria: those the
 * best-informed run (supervisor, else automatic, else self) scored 1 or 2, else those nothing
 * evidenced. Never the scenario just played.
 */
async function practiseNext(
	db: Executor,
	scenarioId: string,
	criteria: { key: string; skills: string[] }[],
	runs: DebriefRun[]
) {
	const order: RunKind[] = ['supervisor', 'coach', 'automatic', 'self'];
	const run = order
		.map((kind) => runs.find((r) => r.kind === kind && r.status === 'succeeded'))
		.find((r) => r && r.scores.length > 0);
	const scored = new Map(run?.scores.map((s) => [s.criterionKey, s.score]) ?? []);
	let weak = criteria.filter((c) => (scored.get(c.key) ?? 99) <= 2);
	if (weak.length === 0) weak = criteria.filter((c) => !scored.has(c.key));
	const skills = [...new Set(weak.flatMap((c) => c.skills))];
	if (skills.length === 0) return [];
	const rows = await queryRows<{ slug: string; title: string; skills: string[] }>(
		db,
		sql`select s.slug, s.title, s.skills from scenarios s
				join scenario_metadata m on m.scenario_id = s.id
			where ${playableSql} and s.id <> ${scenarioId} and not s.is_one_time
				and (s.created_by_user_id is null or s.visibility = 'public')
				and s.skills && array[${sql.join(
					skills.map((k) => sql`${k}`),
					sql`, `
				)}]::text[]
			order by m.average_rating desc nulls last, s.title
			limit 3`
	);
	return rows.map((r) => ({
		slug: r.slug,
		title: r.title,
		skills: r.skills,
		forCriteria: weak.filter((c) => c.skills.some((k) => r.skills.includes(k))).map((c) => c.key)
	}));
}
