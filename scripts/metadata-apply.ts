// npm run metadata:apply -- proposals.json
// Validates every row first (scenario exists and is unchanged since the analysis, skills are
// active slugs of the taxonomy, difficulty in the enum, time a whole number 5..60). Any invalid
// row: prints each problem and exits 1 having applied nothing. Otherwise applies all rows in
// one transaction (audited, undoable from the admin console) and prints how many changed.
import { readFileSync } from 'node:fs';
import {
	applyProposalRows,
	parseProposalFile,
	ProposalFileError
} from '../src/lib/server/services/admin/backfill-file';
import { runCli } from './lib';

await runCli(async (database) => {
	const path = process.argv.slice(2).find((a) => !a.startsWith('--'));
	if (!path) {
		console.error('usage: npm run metadata:apply -- proposals.json');
		return 2;
	}
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		console.error(`metadata:apply: cannot read ${path}: ${(error as Error).message}`);
		return 1;
	}
	try {
		const rows = parseProposalFile(text);
		const result = await applyProposalRows(database.db, rows);
		console.log(
			`metadata:apply: ${result.changed} scenario(s) changed, ${result.unchanged} already up to date (${result.rows} row(s), one transaction)`
		);
		return 0;
	} catch (error) {
		if (!(error instanceof ProposalFileError)) throw error;
		for (const problem of error.problems) {
			const where = problem.row > 0 ? `row ${problem.row} (${problem.label})` : problem.label;
			console.error(`${where}: ${problem.problems.join('; ')}`);
		}
		console.error(`metadata:apply: ${error.message}`);
		return 1;
	}
});
