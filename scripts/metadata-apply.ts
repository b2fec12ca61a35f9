// npm run metadata:apply -- proposals.json
// Validates every row first (scenario exists and is unchanged since the analysis, skills are
// active slugs of the taxonomy, difficulty in the enum, time a whole number 5..60). Any invalid
// row: prints each problem and exits 1 having applied nothing. Otherwise applies all rows in
// one transaction (audited, undoable from the admin console) and prints each changed scenario
// (what changed, and the reasons metadata:analyze wrote for it), then how many changed.
import { readFileSync } from 'node:fs';
import {
	applyProposalRows,
	parseProposalFile,
	ProposalFileError
} from '../src/lib/server/services/admin/backfill-file';
import { parseCli, runCli, usageError } from './lib';

const USAGE = 'npm run metadata:apply -- proposals.json';
const [path] = parseCli(USAGE, {}, { positionals: 1 }).positionals;
if (!path) usageError(USAGE);

await runCli(async (database) => {
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
		for (const change of result.changes) {
			console.log(`row ${change.row} ${change.label}: ${change.diff}`);
			for (const line of change.why) console.log(`    ${line}`);
		}
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
