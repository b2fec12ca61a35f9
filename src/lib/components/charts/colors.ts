// Tailwind finds classes by reading the source, so each colour's classes are spelled out.
export const CHART_COLORS = {
	primary: { fill: 'fill-primary', swatch: 'bg-primary' },
	'chart-1': { fill: 'fill-chart-1', swatch: 'bg-chart-1' },
	'chart-2': { fill: 'fill-chart-2', swatch: 'bg-chart-2' },
	muted: { fill: 'fill-muted', swatch: 'bg-muted ring-1 ring-border' }
} as const;

export type ChartColor = keyof typeof CHART_COLORS;
