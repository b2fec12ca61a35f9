// Light or dark: the part of mode-watcher the app used (3.9 kB gzip on every page, for one toggle).
// app.html's script applies the stored choice before the first paint; from then on this module
// follows the header's toggle, the system's setting while the choice is "system", and a choice
// made in another tab. Like mode-watcher, a change swaps the `dark` class on <html> and its
// `color-scheme` with transitions off for a frame, so colours do not fade.
import { browser } from '$app/environment';

/** Where the choice is kept: mode-watcher's key (app.html reads it), so earlier choices hold. */
export const MODE_STORAGE_KEY = 'mode-watcher-mode';

type Mode = 'light' | 'dark';
type Choice = Mode | 'system';

const isChoice = (value: unknown): value is Choice =>
	value === 'light' || value === 'dark' || value === 'system';

function storedChoice(): Choice {
	try {
		const value = localStorage.getItem(MODE_STORAGE_KEY);
		return isChoice(value) ? value : 'system';
	} catch {
		return 'system';
	}
}

const systemQuery = browser ? matchMedia('(prefers-color-scheme: light)') : undefined;

let choice = $state<Choice>(browser ? storedChoice() : 'system');
let systemLight = $state(systemQuery?.matches ?? false);

function resolved(): Mode {
	return choice === 'system' ? (systemLight ? 'light' : 'dark') : choice;
}

/** The mode in use; undefined on the server, which cannot know it. */
export const mode = {
	get current(): Mode | undefined {
		return browser ? resolved() : undefined;
	}
};

let noTransitions: HTMLStyleElement | undefined;

function apply() {
	const next = resolved();
	noTransitions ??= Object.assign(document.createElement('style'), {
		textContent: '* { transition: none !important; }'
	});
	document.head.appendChild(noTransitions);
	requestAnimationFrame(() => {
		document.documentElement.classList.toggle('dark', next === 'dark');
		document.documentElement.style.colorScheme = next;
		requestAnimationFrame(() => noTransitions?.remove());
	});
}

/** The header's button: the other mode than the one in use, remembered on this device. */
export function toggleMode() {
	choice = resolved() === 'dark' ? 'light' : 'dark';
	try {
		localStorage.setItem(MODE_STORAGE_KEY, choice);
	} catch {
		// Private modes may refuse storage: the choice then lasts until the page is left.
	}
	apply();
}

if (browser) {
	systemQuery?.addEventListener('change', (event) => {
		systemLight = event.matches;
		if (choice === 'system') apply();
	});
	addEventListener('storage', (event) => {
		if (event.key !== MODE_STORAGE_KEY) return;
		choice = isChoice(event.newValue) ? event.newValue : 'system';
		apply();
	});
}
