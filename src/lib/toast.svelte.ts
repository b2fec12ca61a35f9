// Toasts, with svelte-sonner off the first load (about 10 kB gzip of script and 2 kB of CSS on
// every page). `toast`, `toast.success` and `toast.error` take what svelte-sonner's do. The root
// layout renders the Toaster once it is loaded: when the browser is idle after the first page
// (`preloadToaster`), or at the first toast if that comes sooner. Loading it early keeps a toast
// at hand when the network drops ("No connection…"), and puts the Toaster's live region in the
// page before anything is said in it, which screen readers need to announce it.
import { tick } from 'svelte';
import type { toast as sonnerToast, Toaster } from 'svelte-sonner';

type Sonner = typeof sonnerToast;
type Message = Parameters<Sonner>[0];
type Options = Parameters<Sonner>[1];

class ToasterSlot {
	/** The Toaster component, once loaded; the root layout renders it. */
	component = $state.raw<typeof Toaster>();
}

export const toaster = new ToasterSlot();

// How long the live region is in the page before a first toast goes into it (only when the
// first toast comes before the idle preload has finished).
const LIVE_REGION_SETTLE_MS = 150;

let loading: Promise<Sonner> | undefined;

function load(): Promise<Sonner> {
	loading ??= import('svelte-sonner').then(
		async (sonner) => {
			if (!toaster.component) {
				toaster.component = sonner.Toaster;
				await tick();
				await new Promise((resolve) => setTimeout(resolve, LIVE_REGION_SETTLE_MS));
			}
			return sonner.toast;
		},
		(error: unknown) => {
			loading = undefined; // the next toast tries again
			throw error;
		}
	);
	return loading;
}

/** Loads the Toaster once the page has loaded and the browser is idle (the root layout's onMount). */
export function preloadToaster() {
	const start = () => void load().catch(() => {});
	const whenIdle = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(start, { timeout: 3000 })
			: setTimeout(start, 1);
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle, { once: true });
}

function show(call: (sonner: Sonner) => unknown) {
	load().then(call, (error: unknown) => console.error('The toast could not be shown', error));
}

/** A toast: `toast(message)`, `toast.success(message)`, `toast.error(message)`, with options. */
export const toast = Object.assign(
	(message: Message, options?: Options) => show((sonner) => sonner(message, options)),
	{
		success: (message: Message, options?: Options) =>
			show((sonner) => sonner.success(message, options)),
		error: (message: Message, options?: Options) => show((sonner) => sonner.error(message, options))
	}
);
