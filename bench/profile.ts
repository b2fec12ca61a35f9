import { readFileSync } from 'node:fs';

// Summarises a V8 .cpuprofile (node --cpu-prof) into self time per function and per package.

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface ProfileLine {
	name: string;
	where: string;
	ms: number;
	/** share of the busy (non-idle) time, in percent */
	share: number;
}

export interface ProfileSummary {
	busyMs: number;
	idleMs: number;
	functions: ProfileLine[];
	packages: ProfileLine[];
}

/** Which package or part of the server a script URL belongs to. */
export function packageOf(url: string): string {
	if (!url) return '(native / V8)';
	if (url.startsWith('node:')) return 'node internals';
	const modules = url.lastIndexOf('/node_modules/');
	if (modules >= 0) {
		const parts = url.slice(modules + '/node_modules/'.length).split('/');
		return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
	}
	const build = url.indexOf('/build/server/');
	if (build >= 0) return 'app bundle (SvelteKit, Svelte SSR, app code)';
	if (url.includes('/build/')) return 'app bundle (SvelteKit, Svelte SSR, app code)';
	return /\/((?:scripts|src|bench)\/.*)$/.exec(url)?.[1] ?? url.replace(/^file:\/\//, '');
}

function shortUrl(url: string): string {
	const modules = url.lastIndexOf('/node_modules/');
	if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
	const build = url.indexOf('/build/');
	if (build >= 0) return url.slice(build + 1);
	return url.replace(/^file:\/\//, '');
}

export function summarizeProfile(path: string, top = 15): ProfileSummary {
	const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<number, number>();
	for (let i = 0; i < profile.samples.length; i++) {
		const id = profile.samples[i];
		self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	}
	let idleMs = 0;
	let busyMs = 0;
	const functions = new Map<string, { name: string; where: string; ms: number }>();
	const packages = new Map<string, number>();
	for (const [id, ms] of self) {
		const frame = byId.get(id)?.callFrame;
		if (!frame) continue;
		if (frame.functionName === '(idle)') {
			idleMs += ms;
			continue;
		}
		busyMs += ms;
		const name = frame.functionName || '(anonymous)';
		const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '';
		const key = `${name}@${where}`;
		const entry = functions.get(key) ?? { name, where, ms: 0 };
		entry.ms += ms;
		functions.set(key, entry);
		const pkg = frame.functionName.startsWith('(') ? frame.functionName : packageOf(frame.url);
		packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
	}
	const share = (ms: number) => Math.round((ms / Math.max(busyMs, 1)) * 1000) / 10;
	const round = (ms: number) => Math.round(ms);
	return {
		busyMs: round(busyMs),
		idleMs: round(idleMs),
		functions: [...functions.values()]
			.sort((a, b) => b.ms - a.ms)
			.slice(0, top)
			.map((f) => ({ ...f, ms: round(f.ms), share: share(f.ms) })),
		packages: [...packages.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, ms]) => ({ name, where: '', ms: round(ms), share: share(ms) }))
	};
}
