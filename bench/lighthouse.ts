import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { DEMO_ACCOUNTS } from '../src/lib/server/bootstrap/demo-accounts';
import { appServerArgs, freePort, startNodeServer } from './servers';

// Lighthouse 12.2.3 (13 needs Node 22) with its default mobile preset (simulated slow 4G and a
// 4x slower CPU) against the production build on the embedded database, seeded as `npm start`
// seeds it, so a signed-in page shows the demo learner's real progress. Each page runs `runs`
// times in one Chromium; the report keeps the run with the median performance score, as
// Lighthouse's own guidance says for noisy machines.

export const LIGHTHOUSE_VERSION = '12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthousePage {
	id: string;
	title: string;
	path: string;
	signedIn: boolean;
}

export interface LighthouseRun {
	scores: Record<Category, number>;
	/** milliseconds, except CLS (unitless) */
	metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
	/** audits that lost points, per category other than performance, and performance's opportunities */
	failing: Record<Category, string[]>;
}

export interface LighthouseResult extends LighthousePage {
	runs: number[];
	median: LighthouseRun;
}

export interface LighthouseReport {
	version: string;
	preset: string;
	runsPerPage: number;
	pages: LighthouseResult[];
	seconds: number;
}

const DEMO_LEARNER = DEMO_ACCOUNTS.find((a) => a.key === 'learner')!;

/** The demo learner's session cookies, by signing in through the real form. */
async function signIn(baseUrl: string): Promise<{ name: string; value: string }[]> {
	const response = await fetch(`${baseUrl}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: baseUrl
		},
		body: new URLSearchParams({
			email: DEMO_LEARNER.email,
			password: DEMO_LEARNER.password
		}).toString()
	});
	const cookies = response.headers.getSetCookie().map((c) => {
		const [pair] = c.split(';');
		const at = pair.indexOf('=');
		return { name: pair.slice(0, at), value: pair.slice(at + 1) };
	});
	if (response.status !== 303 || !cookies.length) {
		throw new Error(`Lighthouse: signing in the demo learner answered ${response.status}`);
	}
	return cookies;
}

/**
 * Puts the cookies in the browser's jar (Chromium drops a Cookie header set through Lighthouse's
 * extraHeaders); Lighthouse's storage reset keeps cookies, so every later run is signed in.
 */
async function setCookies(port: number, url: string, cookies: { name: string; value: string }[]) {
	const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
	try {
		const tab = await browser.newPage();
		await tab.setCookie(...cookies.map((c) => ({ ...c, url })));
		await tab.close();
	} finally {
		await browser.disconnect();
	}
}

async function firstScenarioSlug(baseUrl: string): Promise<string> {
	const input = encodeURIComponent(JSON.stringify({ json: { limit: 1 } }));
	const response = await fetch(`${baseUrl}/api/trpc/scenario.list?input=${input}`);
	const body = (await response.json()) as {
		result: { data: { json: { items: { slug: string }[] } } };
	};
	const slug = body.result.data.json.items[0]?.slug;
	if (!slug) throw new Error('Lighthouse: the library is empty');
	return slug;
}

/** A page's path for the report, without the seeded scenario's slug. */
export const pageLabel = (path: string) => path.replace(/\/scenarios\/[^/]+/, '/scenarios/<slug>');

export function lighthousePages(slug: string): LighthousePage[] {
	return [
		{ id: 'home', title: 'Home', path: '/', signedIn: false },
		{ id: 'library', title: 'Library', path: '/scenarios', signedIn: false },
		{ id: 'scenario', title: 'A scenario', path: `/scenarios/${slug}`, signedIn: false },
		{ id: 'marketplace', title: 'Marketplace', path: '/marketplace', signedIn: false },
		{ id: 'progress', title: 'Progress (signed in)', path: '/progress', signedIn: true },
		{ id: 'play', title: 'Play (signed in)', path: `/scenarios/${slug}/play`, signedIn: true }
	];
}

function summarizeRun(lhr: import('lighthouse').Result): LighthouseRun {
	const score = (c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
	const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const failing = Object.fromEntries(
		CATEGORIES.map((c) => [
			c,
			(lhr.categories[c]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0 || c === 'performance')
				.map((ref) => lhr.audits[ref.id])
				.filter(
					(audit) =>
						audit &&
						audit.score !== null &&
						audit.score < 1 &&
						audit.scoreDisplayMode !== 'informative' &&
						audit.scoreDisplayMode !== 'notApplicable' &&
						audit.scoreDisplayMode !== 'manual'
				)
				.map((audit) => audit.id)
		])
	) as Record<Category, string[]>;
	return {
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number>,
		metrics: {
			fcp: Math.round(metric('first-contentful-paint')),
			lcp: Math.round(metric('largest-contentful-paint')),
			tbt: Math.round(metric('total-blocking-time')),
			cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
			si: Math.round(metric('speed-index'))
		},
		failing
	};
}

/** The run whose performance score is the median (the middle one of an odd number). */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
	const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * One audit. A trace Chromium failed to record (NO_NAVSTART and the like, a known flake of
 * headless runs) is retried twice; any other runtime error fails the bench.
 */
async function auditPage(port: number, url: string, page: LighthousePage) {
	for (let attempt = 1; ; attempt++) {
		const result = await lighthouse(url, {
			port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES]
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
		const failure = result.lhr.runtimeError;
		if (!failure) return result.lhr;
		if (attempt >= 3 || !/TRACE|NAVSTART|NO_FCP|NO_LCP/.test(failure.code)) {
			throw new Error(`Lighthouse on ${page.path}: ${failure.code} ${failure.message}`);
		}
	}
}

export interface LighthouseOptions {
	projectRoot: string;
	runs: number;
	logDir: string;
	log: (message: string) => void;
	chromePath?: string;
}

/** Starts the production build on a fresh embedded database and audits each page. */
export async function measureLighthouse(options: LighthouseOptions): Promise<LighthouseReport> {
	const started = performance.now();
	const dir = mkdtempSync(join(os.tmpdir(), 'sh-bench-lighthouse-'));
	const port = await freePort();
	const app = await startNodeServer({
		name: 'app-lighthouse',
		cwd: options.projectRoot,
		args: appServerArgs(options.projectRoot),
		env: {
			DATABASE_URL: '',
			PGLITE_DIR: dir,
			ORIGIN: `http://127.0.0.1:${port}`,
			NODE_ENV: 'production',
			LOG_LEVEL: 'warn'
		},
		port,
		readyPath: '/api/health',
		logFile: join(options.logDir, 'app-lighthouse.log'),
		timeoutMs: 300_000
	});
	const chrome = await chromeLauncher.launch({
		chromePath: options.chromePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage']
	});
	try {
		// The first start migrates and seeds behind /api/health; wait until pages answer.
		const cookies = await signIn(app.url);
		const pages = lighthousePages(await firstScenarioSlug(app.url));
		const results: LighthouseResult[] = [];
		let signedIn = false;
		// Pages for visitors first: once the cookies are in the jar every run is signed in.
		for (const page of [...pages].sort((a, b) => Number(a.signedIn) - Number(b.signedIn))) {
			if (page.signedIn && !signedIn) {
				await setCookies(chrome.port, app.url, cookies);
				signedIn = true;
			}
			const runs: LighthouseRun[] = [];
			for (let i = 0; i < options.runs; i++) {
				const lhr = await auditPage(chrome.port, app.url + page.path, page);
				if (page.signedIn && new URL(lhr.finalDisplayedUrl).pathname !== page.path) {
					throw new Error(`Lighthouse on ${page.path} ended on ${lhr.finalDisplayedUrl}`);
				}
				runs.push(summarizeRun(lhr));
			}
			const median = medianRun(runs);
			results.push({ ...page, runs: runs.map((r) => r.scores.performance), median });
			const s = median.scores;
			options.log(
				`  ${page.path}: performance ${s.performance} (runs ${runs.map((r) => r.scores.performance).join(', ')}), ` +
					`accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`
			);
		}
		return {
			version: LIGHTHOUSE_VERSION,
			preset: 'mobile (default config: simulated slow 4G, 4x CPU slowdown, Moto G Power screen)',
			runsPerPage: options.runs,
			pages: results,
			seconds: Math.round((performance.now() - started) / 1000)
		};
	} finally {
		chrome.kill();
		await app.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}
