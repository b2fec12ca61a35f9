import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	vitePlugin: {
		// The Toaster is loaded after the first page (src/lib/toast.svelte.ts) and never rendered on
		// the server: its CSS goes in with its script instead of being a stylesheet every page's
		// HTML links (SvelteKit links the CSS of a page's dynamic imports too).
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('/node_modules/svelte-sonner/') ? { css: 'injected' } : undefined
	},
	kit: {
		adapter: adapter({ out: 'build' }),
		alias: {
			$server: 'src/lib/server'
		},
		csrf: {
			// SvelteKit checks Origin on form posts; /api/trpc is covered by our own check in hooks.
			trustedOrigins: []
		},
		// Every page is rendered per request and gets a fresh nonce. Scripts only from this
		// origin or with the nonce: no inline handlers, no eval. Styles allow inline because
		// Svelte transitions and svelte-sonner set style attributes at run time.
		// The theme script in app.html carries %sveltekit.nonce% (which rules out prerendering).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
