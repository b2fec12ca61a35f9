// npm run detectors:report [-- --check]
// Scores the automatic-hint detectors (src/lib/domain/detectors/) on the labelled replies in
// tests/fixtures/labelled-replies.yaml and writes docs/detector-report.md. With --check it
// writes nothing and exits 1 when the committed report is stale. tests/unit/detectors.test.ts
// makes the same comparison.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import {
	evaluateDetectors,
	parseLabelledReplies,
	renderDetectorReport
} from '../src/lib/domain/detectors/report';

const FIXTURE_PATH = 'tests/fixtures/labelled-replies.yaml';
const REPORT_PATH = 'docs/detector-report.md';
const USAGE = 'npm run detectors:report [-- --check]';

function options() {
	try {
		return parseArgs({
			args: process.argv.slice(2),
			options: {
				check: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h' }
			},
			strict: true
		}).values;
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		console.error(`usage: ${USAGE}`);
		process.exit(2);
	}
}

const values = options();
if (values.help) {
	console.log(`usage: ${USAGE}`);
	process.exit(0);
}

const items = parseLabelledReplies(parse(readFileSync(FIXTURE_PATH, 'utf8')));
const metrics = evaluateDetectors(items);
const report = renderDetectorReport(metrics, items.length);

if (values.check) {
	let current = '';
	try {
		current = readFileSync(REPORT_PATH, 'utf8');
	} catch {
		// a missing report is a stale one
	}
	if (current !== report) {
		console.error(`${REPORT_PATH} is stale: run npm run detectors:report`);
		process.exit(1);
	}
	console.error(`${REPORT_PATH} is up to date`);
} else {
	writeFileSync(REPORT_PATH, report);
	const summary = metrics
		.map((m) => `${m.detector} P=${m.precision.toFixed(2)} R=${m.recall.toFixed(2)}`)
		.join(', ');
	console.error(`detectors:report: wrote ${REPORT_PATH} (${items.length} replies; ${summary})`);
}
