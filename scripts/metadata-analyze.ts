// npm run metadata:analyze [-- --all] [-- --replace] > proposals.json
// Prints the backfill analyzer's proposals as JSON (nothing else on stdout) for scenarios with
// missing metadata, or with --all for every scenario that is not one-time. By default a
// proposal keeps what a scenario has and only adds skills its text mentions; --replace proposes
// the rules' skills, difficulty and time outright. Each proposal carries its reasons (`reasons`:
// every skill kept, added or removed with the words matched and the field; `why`: the same as
// lines). Review or edit the file, then apply it with `npm run metadata:apply -- proposals.json`
// (which reads only the values: scenarioId or slug, baseMetadataVersion, skills, difficulty,
// estimatedTime).
import { analyzeScenarios, changingProposals } from '../src/lib/server/services/admin/backfill';
import { parseCli, runCli } from './lib';

const { values } = parseCli('npm run metadata:analyze [-- --all] [-- --replace] > proposals.json', {
	all: { type: 'boolean', default: false },
	replace: { type: 'boolean', default: false }
});

await runCli(async (database) => {
	const scope = values.all ? 'all' : 'missing';
	const mode = values.replace ? 'replace' : 'add';
	const proposals = changingProposals(await analyzeScenarios(database.db, scope, mode));
	const document = {
		format: 'scenario-hub/metadata-proposals',
		version: 1,
		generatedAt: new Date().toISOString(),
		scope,
		mode,
		proposals
	};
	await new Promise<void>((resolve, reject) =>
		process.stdout.write(`${JSON.stringify(document, null, 2)}\n`, (error) =>
			error ? reject(error) : resolve()
		)
	);
	console.error(
		`metadata:analyze: ${proposals.length} proposal(s) (${scope}, ${mode === 'add' ? 'adding only' : 'replacing'})`
	);
});
