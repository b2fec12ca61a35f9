import { describe, expect, it } from 'vitest';
import {
	cohortCsv,
	cohortCsvFilename,
	cohortCsvRows,
	csvCell,
	toCsv,
	type CohortCsvInput
} from '../../src/lib/cohort-csv';

const A1 = '00000000-0000-4000-8000-000000000001';
const A2 = '00000000-0000-4000-8000-000000000002';
const U1 = '00000000-0000-4000-8000-0000000000a1';
const U2 = '00000000-0000-4000-8000-0000000000a2';

function dashboard(overrides: Partial<CohortCsvInput> = {}): CohortCsvInput {
	return {
		assignments: [
			{ id: A1, title: 'First call' },
			{ id: A2, title: 'Safety plan' }
		],
		trainees: [
			{ userId: U1, displayName: 'Ada Lovelace', sharing: true },
			{ userId: U2, displayName: 'Bo Private', sharing: false }
		],
		progress: [
			{
				userId: U1,
				standings: [
					{ assignmentId: A1, state: 'done_at_level', bestLevel: 3.333333 },
					{ assignmentId: A2, state: 'not_started', bestLevel: null }
				]
			}
		],
		...overrides
	};
}

describe('csvCell', () => {
	it('leaves plain text and numbers as they are', () => {
		expect(csvCell('Sam Rivera')).toBe('Sam Rivera');
		expect(csvCell(2.5)).toBe('2.5');
		expect(csvCell(-1)).toBe('-1');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell('')).toBe('');
	});

	it('quotes commas, quotes and line breaks, doubling the quotes', () => {
		expect(csvCell('Rivera, Sam')).toBe('"Rivera, Sam"');
		expect(csvCell('The "quiet" one')).toBe('"The ""quiet"" one"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
		expect(csvCell('"')).toBe('""""');
	});

	it('neutralises text a spreadsheet would run as a formula', () => {
		expect(csvCell('=1+1')).toBe("'=1+1");
		expect(csvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
		expect(csvCell('-2')).toBe("'-2");
		expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
		expect(csvCell('\t=cmd')).toBe("'\t=cmd");
		// Escaped as well when it also needs quotes.
		expect(csvCell('=HYPERLINK("http://x", "click")')).toBe(
			`"'=HYPERLINK(""http://x"", ""click"")"`
		);
		// Only the first character counts.
		expect(csvCell('a=b')).toBe('a=b');
	});
});

describe('toCsv', () => {
	it('ends every record with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['c', null]
			])
		).toBe('a,b\r\nc,\r\n');
	});
});

describe('cohortCsv', () => {
	it('has a header with two columns per assignment', () => {
		const [header] = cohortCsvRows(dashboard());
		expect(header).toEqual([
			'Trainee',
			'Sharing progress',
			'First call: state',
			'First call: best level',
			'Safety plan: state',
			'Safety plan: best level'
		]);
	});

	it('writes a sharing trainee’s state labels and best levels', () => {
		const rows = cohortCsvRows(dashboard());
		expect(rows[1]).toEqual(['Ada Lovelace', 'yes', 'Done at level', '3.33', 'Not started', '']);
	});

	it('leaves every assignment cell empty for a trainee who does not share', () => {
		const rows = cohortCsvRows(dashboard());
		expect(rows[2]).toEqual(['Bo Private', 'no', '', '', '', '']);
	});

	it('never shows progress for a non-sharing trainee, even if some were handed in', () => {
		const input = dashboard({
			progress: [
				...dashboard().progress,
				{ userId: U2, standings: [{ assignmentId: A1, state: 'done', bestLevel: 4 }] }
			]
		});
		expect(cohortCsvRows(input)[2]).toEqual(['Bo Private', 'no', '', '', '', '']);
	});

	it('escapes names and titles in the whole document', () => {
		const csv = cohortCsv(
			dashboard({
				assignments: [{ id: A1, title: 'Calls, part "one"' }],
				trainees: [{ userId: U1, displayName: '=IMPORTXML("x")', sharing: true }],
				progress: [
					{ userId: U1, standings: [{ assignmentId: A1, state: 'overdue', bestLevel: 1.5 }] }
				]
			})
		);
		expect(csv).toBe(
			[
				'Trainee,Sharing progress,"Calls, part ""one"": state","Calls, part ""one"": best level"',
				`"'=IMPORTXML(""x"")",yes,Overdue,1.5`,
				''
			].join('\r\n')
		);
	});

	it('is just the header when the cohort has no trainees or assignments', () => {
		expect(cohortCsv({ assignments: [], trainees: [], progress: [] })).toBe(
			'Trainee,Sharing progress\r\n'
		);
	});
});

describe('cohortCsvFilename', () => {
	it('slugs the cohort name into plain ASCII', () => {
		expect(cohortCsvFilename('Spring 2027 — Night line')).toBe('cohort-spring-2027-night-line.csv');
		expect(cohortCsvFilename('Écoute active')).toBe('cohort-ecoute-active.csv');
		expect(cohortCsvFilename('"; filename=evil.exe')).toBe('cohort-filename-evil-exe.csv');
		expect(cohortCsvFilename('危机热线')).toBe('cohort-export.csv');
		expect(cohortCsvFilename('a'.repeat(200))).toBe(`cohort-${'a'.repeat(60)}.csv`);
	});
});
