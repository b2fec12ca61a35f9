import { clsx, type ClassValue } from 'clsx';
import { mergeClasses } from './class-merge';

/** Joins classes; a later one wins over an earlier one that sets the same thing (class-merge.ts). */
export function cn(...inputs: ClassValue[]) {
	return mergeClasses(clsx(inputs));
}

export function formatMinutes(minutes: number): string {
	return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatDuration(seconds: number | null | undefined): string {
	if (!seconds) return '—';
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.round(seconds / 60);
	return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatPercent(value: number | null | undefined): string {
	return value === null || value === undefined ? '—' : `${Math.round(value * 100)} %`;
}

export function titleCase(slug: string): string {
	return slug.replace(/[-_]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}
