// Apart from the scanner (content-warnings.ts) so the pages that only show warnings (the library's
// filters and cards, the scenario page) do not download the scanner's patterns (4.8 kB gzip).

/** How people read a warning: 'death-and-grief' -> 'death and grief'. */
export function warningLabel(warning: string) {
	return warning.replaceAll('-', ' ');
}
