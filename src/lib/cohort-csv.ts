import { ASSIGNMENT_STATE_LABELS, type AssignmentState } from './domain/assignment-status';

// The coordinator's dashboard as a spreadsheet (/cohorts/[id]/export.csv): one row per trainee,
// then per assignment its state and the best level reached. Pure and browser-safe, so it can be
// unit-tested: the endpoint only loads the dashboard and sends what this returns.
//
// Consent: a trainee who does not share has no progress in the dashboard at all; their row says
// "no" under Sharing and leaves every assignment cell empty.

/** The parts of `cohort.dashboard` the export reads. */
export interface CohortCsvInput {
	assignments: readonly { id: string; title: string }[];
	trainees: readonly { userId: string; displayName: string; sharing: boolean }[];
	progress: readonly {
		userId: string;
		standings: readonly {
			assignmentId: string;
			state: AssignmentState;
			bestLevel: number | null;
		}[];
	}[];
}

/** Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that a spreadsheet would read as a formula gets a leading apostrophe, and a
 * field with a comma, a quote or a line break is quoted, its quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as CSV text: CRLF between records (RFC 4180), and after the last one. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A level is a mean of 1..4 scores: at most two decimals, with a point (not the locale's comma). */
function levelText(level: number | null): string {
	return level === null ? '' : String(Math.round(level * 100) / 100);
}

export function cohortCsvRows(input: CohortCsvInput): string[][] {
	const header = ['Trainee', 'Sharing progress'];
	for (const a of input.assignments) header.push(`${a.title}: state`, `${a.title}: best level`);
	const progress = new Map(input.progress.map((p) => [p.userId, p]));
	const rows = input.trainees.map((t) => {
		const row = [t.displayName, t.sharing ? 'yes' : 'no'];
		const standings = t.sharing ? progress.get(t.userId)?.standings : undefined;
		for (const a of input.assignments) {
			const s = standings?.find((x) => x.assignmentId === a.id);
			row.push(s ? ASSIGNMENT_STATE_LABELS[s.state] : '', s ? levelText(s.bestLevel) : '');
		}
		return row;
	});
	return [header, ...rows];
}

export function cohortCsv(input: CohortCsvInput): string {
	return toCsv(cohortCsvRows(input));
}

/**
 * `cohort-<slug>.csv`: the name in plain ASCII letters, digits and dashes (accents dropped), so
 * the file name needs no escaping in a Content-Disposition header.
 */
export function cohortCsvFilename(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `cohort-${slug || 'export'}.csv`;
}
