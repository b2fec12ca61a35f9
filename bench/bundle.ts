import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
	path: string;
	bytes: number;
	gzip: number;
	/** what the chunk holds, recognised from the build manifest and known library markers */
	contains: string;
}

export interface BundleResult {
	files: BundleFile[];
	totalGzip: number;
	totalBytes: number;
}

// Strings that survive minification in each library's code.
const MARKERS: [string, string[]][] = [
	['tailwind-merge', ['conflictingClassGroups']],
	['tailwind-variants', ['compoundVariants']],
	['tRPC client', ['TRPCClientError']],
	['superjson', ['superjson']],
	['zod', ['$ZodType', 'ZodError']],
	['SvelteKit client runtime', ['sveltekit-internal']],
	['svelte-sonner', ['data-sonner-toaster']],
	['Lucide icons', ['lucide']]
];

export interface ManifestEntry {
	file: string;
	name?: string;
	src?: string;
}

export function describeChunk(
	projectRoot: string,
	path: string,
	manifest: Record<string, ManifestEntry>
) {
	const parts: string[] = [];
	const entry = Object.values(manifest).find((e) => e.file === path);
	const node = entry?.src ? /client-optimized\/nodes\/(\d+)\.js$/.exec(entry.src) : null;
	if (node) {
		const generated = join(projectRoot, entry!.src!);
		const component = existsSync(generated)
			? /src\/routes\/[^"]+\.svelte/.exec(readFileSync(generated, 'utf8'))?.[0]
			: undefined;
		parts.push(component ? `node ${node[1]}: ${component}` : `node ${node[1]}`);
	} else if (entry?.name === 'index-client') {
		parts.push('Svelte runtime');
	} else if (entry?.name?.startsWith('entry/')) {
		parts.push(`SvelteKit ${entry.name}`);
	}
	const code = readFileSync(join(projectRoot, 'build/client', path), 'utf8');
	for (const [library, markers] of MARKERS) {
		if (markers.some((m) => code.includes(m)) && !parts.includes(library)) parts.push(library);
	}
	return parts.join(', ');
}

/** The JavaScript a page makes the browser load: every module it preloads or imports, gzip. */
export async function measureBundle(projectRoot: string, pageUrl: string): Promise<BundleResult> {
	const response = await fetch(pageUrl);
	// SvelteKit lists the modulepreloads in the Link header and imports the entry in the HTML.
	const sources = `${response.headers.get('link') ?? ''}\n${await response.text()}`;
	const paths = new Set<string>();
	for (const match of sources.matchAll(
		/[<"']((?:\.{1,2}\/|\/)*_app\/immutable\/[^"'>]+\.js)[>"']/g
	)) {
		paths.add(match[1].replace(/^(?:\.{1,2}\/|\/)*/, ''));
	}
	const manifestFile = join(projectRoot, '.svelte-kit/output/client/.vite/manifest.json');
	const manifest: Record<string, ManifestEntry> = existsSync(manifestFile)
		? JSON.parse(readFileSync(manifestFile, 'utf8'))
		: {};
	const files = [...paths].map((path) => {
		const file = join(projectRoot, 'build/client', path);
		const bytes = statSync(file).size;
		// what the server sends: adapter-node serves the precompressed file
		const gzip = existsSync(`${file}.gz`)
			? statSync(`${file}.gz`).size
			: gzipSync(readFileSync(file), { level: 9 }).length;
		return { path, bytes, gzip, contains: describeChunk(projectRoot, path, manifest) };
	});
	files.sort((a, b) => b.gzip - a.gzip);
	return {
		files,
		totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
		totalBytes: files.reduce((sum, f) => sum + f.bytes, 0)
	};
}
