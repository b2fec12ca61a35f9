import prettier from 'eslint-config-prettier';
import js from '@eslint/js';
import { includeIgnoreFile } from '@eslint/compat';
import svelte from 'eslint-plugin-svelte';
import drizzle from 'eslint-plugin-drizzle';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

/** An import pattern refusing the server folders named, by relative path or `$lib/server/`. */
function restrict(folders, message) {
	const names = folders.join('|');
	return {
		regex: `^(\\$lib/server/|(\\.\\./)+(.*/)?)(${names})(/|$)`,
		message
	};
}
const ABOVE_DB = ['services', 'auth', 'trpc', 'bootstrap', 'security', 'http', 'external-api'];
const ABOVE_SERVICES = ['trpc', 'bootstrap', 'http', 'routes'];
export const CLIENT_FILES = [
	'src/lib/components/**',
	'src/lib/state/**',
	'src/lib/trpc/**',
	'src/lib/domain/**',
	'src/lib/schemas/**',
	'src/lib/*.ts',
	'src/routes/**/*.svelte',
	'src/routes/**/+page.ts',
	'src/routes/**/+layout.ts'
];

export default ts.config(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The app is served at the root (no paths.base), so plain hrefs are already resolved.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte.ts'],
		plugins: { drizzle },
		rules: {
			'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
			'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }]
		}
	},
	// Layers run one way: routes -> trpc -> services -> db. tests/unit/layering.test.ts proves
	// each of these rules fires.
	{
		files: ['src/lib/server/db/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{ patterns: [restrict(ABOVE_DB, 'db/ is the bottom layer: it imports nothing above it')] }
			]
		}
	},
	{
		files: ['src/lib/server/services/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						restrict(ABOVE_SERVICES, 'services are called by trpc and routes, never the reverse')
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/trpc/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{ patterns: [restrict(['bootstrap'], 'procedures do not run start-up code')] }
			]
		}
	},
	{
		// Code that reaches the browser: components, client state, pure domain logic, shared
		// schemas, universal loads and pages. Types from the server are fine (they are erased).
		files: CLIENT_FILES,
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\$lib/server|(\\.\\./)+(.*/)?server)(/|$)',
							allowTypeImports: true,
							message: 'Browser code cannot import server modules (type imports are fine)'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
