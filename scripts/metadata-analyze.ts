// npm run metadata:analyze [-- --all] > proposals.json
// Prints the backfill analyzer's proposals as JSON (nothing else on stdout) for scenarios with
// missing metadata, or with --all for every scenario that is not one-time. Review or edit the
// file, then apply it with `npm run metadata:apply -- proposals.json`.
import { analyzeScenarios } from '../src/lib/server/services/admin/backfill';
import { flag, runCli } from './lib';

await runCli(async (database) => {
	const scope = flag('all') ? 'all' : 'missing';
	const proposals = await analyzeScenarios(database.db, scope);
	const document = {
		format: 'scenario-hub/metadata-proposals',
		version: 1,
		generatedAt: new Date().toISOString(),
		scope,
		proposals
	};
	await new Promise<void>((resolve, reject) =>
		process.stdout.write(`${JSON.stringify(document, null, 2)}\n`, (error) =>
			error ? reject(error) : resolve()
		)
	);
	console.error(`metadata:analyze: ${proposals.length} proposal(s) (${scope})`);
});
