import { describe, expect, it } from 'vitest';
import {
	addDays,
	currentStreak,
	dayKey,
	longestStreak,
	weekStart,
	weeklyActivity
} from '../../src/lib/domain/activity';
import {
	ACTIVE_GAP_CAP_SECONDS,
	attemptTimeCapSeconds,
	countedSeconds,
	formatClock,
	gapSeconds,
	shownActiveSeconds
} from '../../src/lib/domain/attempt-time';
import {
	choiceTarget,
	longestRemaining,
	nextTarget,
	resumeStepId
} from '../../src/lib/domain/step-walk';
import { activeFilterChips, filtersFromUrl, filtersToUrl } from '../../src/lib/scenario-filters';
import type { ScenarioStep } from '../../src/lib/schemas/steps';

const steps: ScenarioStep[] = [
	{ id: 'open', title: 'Open', prompt: 'Hi' },
	{
		id: 'fork',
		title: 'Fork',
		prompt: 'Which way?',
		choices: [
			{ label: 'Ask directly', next: 'direct' },
			{ label: 'Change the subject', next: 'detour', feedback: 'Avoiding it can feel safer.' },
			{ label: 'Hang up', next: null }
		]
	},
	{ id: 'detour', title: 'Detour', prompt: 'Hmm.', next: 'fork' },
	{ id: 'direct', title: 'Direct', prompt: 'Yes, I have.' },
	{ id: 'close', title: 'Close', prompt: 'Thanks.', next: null },
	{ id: 'unreachable', title: 'Never', prompt: 'x' }
];

describe('step walking', () => {
	it('follows array order, explicit next, choices and ends', () => {
		expect(nextTarget(steps, 'open')).toEqual({ kind: 'step', id: 'fork' });
		expect(nextTarget(steps, 'detour')).toEqual({ kind: 'step', id: 'fork' });
		expect(nextTarget(steps, 'direct')).toEqual({ kind: 'step', id: 'close' });
		expect(nextTarget(steps, 'close')).toEqual({ kind: 'end' });
		expect(nextTarget(steps, 'unreachable')).toEqual({ kind: 'end' });
		expect(nextTarget(steps, 'missing')).toEqual({ kind: 'end' });
		expect(choiceTarget(steps, 'fork', 0)).toEqual({ kind: 'step', id: 'direct' });
		expect(choiceTarget(steps, 'fork', 2)).toEqual({ kind: 'end' });
		expect(choiceTarget(steps, 'fork', 9)).toEqual({ kind: 'end' });
	});

	it('resumes the stored step, or the first when it no longer exists', () => {
		expect(resumeStepId(steps, 'direct')).toBe('direct');
		expect(resumeStepId(steps, 'deleted-step')).toBe('open');
		expect(resumeStepId(steps, null)).toBe('open');
		expect(resumeStepId([], 'x')).toBeNull();
	});

	it('counts the longest way to the end, through cycles', () => {
		expect(longestRemaining(steps, 'close')).toBe(1);
		expect(longestRemaining(steps, 'direct')).toBe(2);
		expect(longestRemaining(steps, 'open')).toBe(4);
		expect(longestRemaining(steps, 'detour')).toBe(4);
	});
});

describe('days, streaks and weeks in the learner’s time zone', () => {
	const at = (iso: string) => new Date(iso);

	it('puts a late-evening completion on the right local day', () => {
		expect(dayKey(at('2026-03-10T23:30:00Z'), 'UTC')).toBe('2026-03-10');
		expect(dayKey(at('2026-03-10T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-11');
		expect(dayKey(at('2026-03-11T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-10');
		expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
		expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
		expect(weekStart('2026-03-15')).toBe('2026-03-09'); // a Sunday belongs to Monday's week
	});

	it('keeps a streak alive until a whole day is missed', () => {
		const done = [
			at('2026-03-08T10:00:00Z'),
			at('2026-03-09T10:00:00Z'),
			at('2026-03-09T18:00:00Z'),
			at('2026-03-10T10:00:00Z')
		];
		expect(currentStreak(done, at('2026-03-10T20:00:00Z'), 'UTC')).toBe(3);
		expect(currentStreak(done, at('2026-03-11T08:00:00Z'), 'UTC')).toBe(3);
		expect(currentStreak(done, at('2026-03-12T08:00:00Z'), 'UTC')).toBe(0);
		expect(currentStreak([], at('2026-03-12T08:00:00Z'), 'UTC')).toBe(0);
		expect(longestStreak([...done, at('2026-03-01T10:00:00Z')], 'UTC')).toBe(3);
		// In Tokyo the 23:30 UTC completion is already the next day: the chain breaks.
		const tokyo = [at('2026-03-09T10:00:00Z'), at('2026-03-10T23:30:00Z')];
		expect(currentStreak(tokyo, at('2026-03-11T10:00:00Z'), 'Asia/Tokyo')).toBe(1);
		expect(currentStreak(tokyo, at('2026-03-11T10:00:00Z'), 'UTC')).toBe(2);
	});

	it('fills twelve weeks, oldest first, and buckets attempts by local week', () => {
		const weeks = weeklyActivity(
			[
				{ finishedAt: at('2026-03-10T10:00:00Z'), outcome: 'completed', timeSpent: 600 },
				{ finishedAt: at('2026-03-09T10:00:00Z'), outcome: 'abandoned', timeSpent: 90 },
				{ finishedAt: at('2026-03-02T10:00:00Z'), outcome: 'completed', timeSpent: 300 },
				{ finishedAt: at('2025-01-01T10:00:00Z'), outcome: 'completed', timeSpent: 300 }
			],
			at('2026-03-11T12:00:00Z'),
			'UTC'
		);
		expect(weeks).toHaveLength(12);
		expect(weeks.at(-1)).toEqual({ week: '2026-03-09', completed: 1, abandoned: 1, minutes: 12 });
		expect(weeks.at(-2)).toEqual({ week: '2026-03-02', completed: 1, abandoned: 0, minutes: 5 });
		expect(weeks[0].week).toBe('2025-12-22');
		expect(weeks.reduce((a, w) => a + w.completed, 0)).toBe(2);
	});
});

describe('counted attempt time', () => {
	it('is the active time, never negative, capped at 3× the estimate with a 30-minute floor', () => {
		expect(countedSeconds(754, 20)).toBe(754);
		expect(countedSeconds(-5, 20)).toBe(0);
		expect(countedSeconds(9 * 3600, 20)).toBe(3600);
		expect(attemptTimeCapSeconds(5)).toBe(1800);
		expect(attemptTimeCapSeconds(60)).toBe(10_800);
	});

	it('counts each gap between actions for at most a few minutes', () => {
		expect(ACTIVE_GAP_CAP_SECONDS).toBe(300);
		expect(gapSeconds(42.9)).toBe(42);
		expect(gapSeconds(-3)).toBe(0);
		expect(gapSeconds(788 * 3600)).toBe(ACTIVE_GAP_CAP_SECONDS);
		expect(gapSeconds(Number.NaN)).toBe(0);
	});

	it('shows the stored active time plus at most one gap, never the wall clock since the start', () => {
		// Resumed 788 hours after the last action, with 95 seconds stored: 95 s + one capped gap.
		expect(shownActiveSeconds(95, 788 * 3600)).toBe(95 + ACTIVE_GAP_CAP_SECONDS);
		expect(shownActiveSeconds(95, 12.4)).toBe(107);
		expect(formatClock(shownActiveSeconds(95, 788 * 3600))).toBe('06:35');
		expect(formatClock(3725)).toBe('1:02:05');
		expect(formatClock(-1)).toBe('00:00');
	});
});

describe('library URL state', () => {
	it('round-trips filters through the URL and drops what it does not know', () => {
		const params = new URLSearchParams(
			'q=exam&skill=active-listening&skill=Bad Skill&difficulty=beginner,expert&max=15&mode=chat&hide=suicide&hide=nope&sort=trending&cefr=Z9'
		);
		const filters = filtersFromUrl(params);
		expect(filters).toMatchObject({
			search: 'exam',
			skills: ['active-listening'],
			difficulty: ['beginner'],
			maxMinutes: 15,
			mode: 'chat',
			hideWarnings: ['suicide'],
			sort: 'trending',
			cefrLevel: undefined
		});
		expect(filtersFromUrl(filtersToUrl(filters))).toEqual(filters);
	});

	it('offers one chip per active value that removes only that value and resets paging', () => {
		const filters = filtersFromUrl(
			new URLSearchParams('q=exam&skill=active-listening&skill=grief-support&max=15&cursor=abc')
		);
		const chips = activeFilterChips(filters, new Map([['active-listening', 'Active listening']]));
		expect(chips.map((c) => c.label)).toEqual([
			'“exam”',
			'Active listening',
			'grief-support',
			'Up to 15 min'
		]);
		const withoutListening = filtersToUrl(chips[1].without).toString();
		expect(withoutListening).toBe('q=exam&skill=grief-support&max=15');
		expect(filtersToUrl(chips[0].without).toString()).not.toContain('q=');
	});
});
