import { eq } from 'drizzle-orm';
import { scenarioFromYaml, scenarioToYaml, type YamlProblem } from '../../../domain/scenario-yaml';
import type { ScenarioContent } from '../../../schemas/scenario';
import type { Executor } from '../../db/client';
import { scenarios } from '../../db/schema';
import { AppError } from '../../errors';
import { canView, type Viewer } from '../catalog/detail';
import { createDraft } from './studio';
import { contentOf, openRevision } from './workflow';

// Scenarios as YAML files through procedures (the studio's download link is
// /studio/[id]/export.yaml). Export: anyone who may open the scenario (catalog's canView: its
// author, admins, and everyone for approved listed ones); the author gets what the editor shows
// them, the pending revision if there is one, everyone else the live content. Import: always a
// NEW draft of the caller's, never an overwrite.

export async function exportScenarioYaml(db: Executor, viewer: Viewer, scenarioId: string) {
	const [row] = await db.select().from(scenarios).where(eq(scenarios.id, scenarioId)).limit(1);
	if (!row || !canView(row, viewer)) throw new AppError('NOT_FOUND', 'No scenario with that id');
	let content = contentOf(row);
	if (row.createdByUserId === viewer.id) {
		const revision = await openRevision(db, row.id);
		if (revision) content = revision.content as ScenarioContent;
	}
	return { yaml: scenarioToYaml(content) };
}

function describe(problem: YamlProblem) {
	const where = problem.line === null ? 'The file' : `Line ${problem.line}`;
	return `${where}${problem.path ? ` (${problem.path})` : ''}: ${problem.message}`;
}

export async function importScenarioYaml(db: Executor, author: Viewer, yaml: string) {
	const result = scenarioFromYaml(yaml);
	if (!result.ok) {
		const shown = result.problems.slice(0, 10).map(describe);
		const more = result.problems.length - shown.length;
		throw new AppError(
			'BAD_REQUEST',
			`The file could not be imported. ${shown.join('. ')}${more > 0 ? ` (and ${more} more)` : ''}`,
			{ problems: result.problems }
		);
	}
	const draft = await createDraft(db, author, result.content);
	return { scenarioId: draft.id };
}
