// npm run db:verify: recomputes every counter from the rows and prints any drift (exit 1).
import {
	findCounterDrift,
	findProgressDrift,
	findTrackDrift,
	findTranscriptDrift,
	findUnknownSkills
} from '../src/lib/server/services/progress/verify';
import { parseCli, runCli } from './lib';

parseCli('npm run db:verify', {});

await runCli(async (database) => {
	const [drift, progressDrift, unknownSkills, transcripts, tracks] = await Promise.all([
		findCounterDrift(database.db),
		findProgressDrift(database.db),
		findUnknownSkills(database.db),
		findTranscriptDrift(database.db),
		findTrackDrift(database.db)
	]);
	for (const d of drift.slice(0, 50)) {
		console.log(
			`drift  scenario ${d.scenarioId}  ${d.column}: stored ${d.stored}, expected ${d.expected}`
		);
	}
	for (const p of progressDrift.slice(0, 50)) {
		console.log(
			`drift  progress ${p.user_id}/${p.scenario_id}: attempted ${p.times_attempted} vs ${p.attempts} attempts, completed ${p.times_completed} vs ${p.completed}, time ${p.total_time_spent} s vs ${p.time_spent} s`
		);
	}
	for (const u of unknownSkills.slice(0, 50)) {
		console.log(`skill  scenario ${u.slug} has unknown skill "${u.skill}"`);
	}
	for (const t of transcripts.slice(0, 50)) {
		console.log(`turns  attempt ${t.attempt_id}: ${t.problem}`);
	}
	for (const t of tracks.slice(0, 50)) {
		console.log(
			`drift  track ${t.trackId} of ${t.owner}  ${t.column}: stored ${t.stored}, expected ${t.expected}`
		);
	}
	const problems =
		drift.length + progressDrift.length + unknownSkills.length + transcripts.length + tracks.length;
	if (problems > 0) {
		console.log(`db:verify: ${problems} problem(s) found`);
		return 1;
	}
	console.log('db:verify: no drift, every counter matches its rows');
});
