import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	orderTrackItems,
	trackProgress,
	type TrackItemRef
} from '../../src/lib/domain/track-progress';
import { TRACK_PHASES } from '../../src/lib/schemas/enums';

const item = (phase: TrackItemRef['phase'], position: number, scenarioId: string) => ({
	phase,
	position,
	scenarioId
});

// Given out of order on purpose: the function orders by phase, then position.
const TRACK = [
	item('action', 1, 'c1'),
	item('awareness', 2, 'a2'),
	item('expression', 1, 'b1'),
	item('awareness', 1, 'a1'),
	item('mastery', 1, 'd1')
];

describe('trackProgress', () => {
	it('starts in awareness at 0% with the first awareness item next', () => {
		const p = trackProgress(TRACK, new Set());
		expect(p.currentPhase).toBe('awareness');
		expect(p.completionPercentage).toBe(0);
		expect(p.next?.scenarioId).toBe('a1');
		expect(p.phases).toEqual([
			{ phase: 'awareness', done: 0, total: 2 },
			{ phase: 'expression', done: 0, total: 1 },
			{ phase: 'action', done: 0, total: 1 },
			{ phase: 'mastery', done: 0, total: 1 }
		]);
	});

	it('moves to the first phase not complete, and rounds the percentage down', () => {
		const p = trackProgress(TRACK, new Set(['a1', 'a2']));
		expect(p.currentPhase).toBe('expression');
		expect(p.completionPercentage).toBe(40);
		expect(p.next?.scenarioId).toBe('b1');
		// 2 of 3 is 66.67%: shown as 66, never rounded up.
		expect(trackProgress(TRACK.slice(0, 3), new Set(['c1', 'a2'])).completionPercentage).toBe(66);
	});

	it('keeps an earlier phase current while an item in it is still open', () => {
		const p = trackProgress(TRACK, new Set(['a1', 'b1', 'c1']));
		expect(p.currentPhase).toBe('awareness');
		expect(p.next?.scenarioId).toBe('a2');
	});

	it('is mastery at 100% with nothing next once everything is done', () => {
		const p = trackProgress(TRACK, new Set(['a1', 'a2', 'b1', 'c1', 'd1', 'other']));
		expect(p.currentPhase).toBe('mastery');
		expect(p.completionPercentage).toBe(100);
		expect(p.next).toBeNull();
	});

	it('skips items that can no longer be played for "next", but still counts them', () => {
		const p = trackProgress(TRACK, new Set(['a1']), new Set(['b1', 'c1', 'd1']));
		expect(p.next?.scenarioId).toBe('b1');
		expect(p.currentPhase).toBe('awareness');
		expect(p.completionPercentage).toBe(20);
	});

	it('treats a track without items as not started', () => {
		expect(trackProgress([], new Set(['x']))).toMatchObject({
			currentPhase: 'awareness',
			completionPercentage: 0,
			next: null,
			total: 0
		});
	});
});

// Random tracks: distinct scenario ids, positions unique within a phase.
const trackArb = fc
	.uniqueArray(
		fc.record({
			phase: fc.constantFrom(...TRACK_PHASES),
			position: fc.integer({ min: 1, max: 50 }),
			scenarioId: fc.string({ minLength: 1, maxLength: 6 })
		}),
		{ minLength: 1, maxLength: 25, selector: (i) => i.scenarioId }
	)
	.filter((items) => new Set(items.map((i) => `${i.phase}:${i.position}`)).size === items.length);

const withSubsets = trackArb.chain((items) =>
	fc
		.tuple(fc.subarray(items.map((i) => i.scenarioId)), fc.subarray(items.map((i) => i.scenarioId)))
		.map(([a, b]) => ({ items, smaller: a, extra: b }))
);

describe('trackProgress properties', () => {
	it('never lowers the percentage when more is completed', () => {
		fc.assert(
			fc.property(withSubsets, ({ items, smaller, extra }) => {
				const before = trackProgress(items, new Set(smaller));
				const after = trackProgress(items, new Set([...smaller, ...extra]));
				expect(after.completionPercentage).toBeGreaterThanOrEqual(before.completionPercentage);
				expect(after.done).toBeGreaterThanOrEqual(before.done);
			})
		);
	});

	it('is 100 exactly when every item is done, and mastery then', () => {
		fc.assert(
			fc.property(withSubsets, ({ items, smaller }) => {
				const p = trackProgress(items, new Set(smaller));
				const all = items.every((i) => smaller.includes(i.scenarioId));
				expect(p.completionPercentage === 100).toBe(all);
				expect(p.next === null).toBe(all);
				if (all) expect(p.currentPhase).toBe('mastery');
			})
		);
	});

	it('offers as next the first open item in phase-then-position order, in the current phase', () => {
		fc.assert(
			fc.property(withSubsets, ({ items, smaller }) => {
				const done = new Set(smaller);
				const p = trackProgress(items, done);
				const firstOpen = orderTrackItems(items).find((i) => !done.has(i.scenarioId));
				expect(p.next).toEqual(firstOpen ?? null);
				if (p.next) expect(p.next.phase).toBe(p.currentPhase);
				expect(p.phases.reduce((s, x) => s + x.total, 0)).toBe(items.length);
			})
		);
	});
});
