// npm run bench:lighthouse [-- --runs N]
// Lighthouse alone (what `npm run bench` includes): the production build on a fresh embedded
// database, each page `runs` times (default 3), the median run's scores printed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { measureLighthouse } from '../bench/lighthouse';
import { buildIfStale, projectRoot } from './build-if-stale.js';
import { parseCli } from './lib';

const { values } = parseCli('npm run bench:lighthouse [-- --runs N]', {
	runs: { type: 'string' }
});
const runs = Number(values.runs ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
	console.error(`--runs must be a whole number of at least 1, got "${values.runs}"`);
	process.exit(2);
}
buildIfStale();
const logDir = join(projectRoot, 'bench', 'tmp');
mkdirSync(logDir, { recursive: true });
try {
	const report = await measureLighthouse({
		projectRoot,
		runs,
		logDir,
		log: (m) => console.log(`[lighthouse] ${m}`)
	});
	for (const page of report.pages) {
		const m = page.median.metrics;
		console.log(
			`[lighthouse] ${page.path}: FCP ${m.fcp} ms, LCP ${m.lcp} ms, TBT ${m.tbt} ms, CLS ${m.cls}; ` +
				`losing: ${JSON.stringify(page.median.failing)}`
		);
	}
	process.exit(0);
} catch (error) {
	console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exit(1);
}
