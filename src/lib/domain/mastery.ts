import type { RunKind } from '../schemas/evaluation';

// Mastery per skill (the headline of /progress): a weighted mean of every criterion score that
// trains the skill, from every run on the learner's attempts. A supervisor's score weighs most;
// the learner's own and the automatic hints count less; old scores fade with a half-life, so
// recent practice shows. The amount of evidence travels with the number, so "75 % from one
// self-assessment" never reads like "75 % from twenty supervised calls".

export const RUN_WEIGHTS: Record<RunKind, number> = {
	supervisor: 3,
	coach: 1,
	automatic: 1,
	self: 0.5
};
export const MASTERY_HALF_LIFE_DAYS = 60;

export interface MasteryInput {
	skill: string;
	/** 1..4 */
	score: number;
	kind: RunKind;
	at: Date;
}

export interface SkillMastery {
	skill: string;
	/** 0..1: level 1 is 0, level 4 is 1 */
	level: number;
	/** how many scores it rests on, and of those how many a supervisor gave */
	scores: number;
	supervisorScores: number;
	lastAt: Date;
}

export function recencyWeight(at: Date, now: Date): number {
	const days = Math.max(0, (now.getTime() - at.getTime()) / 86_400_000);
	return Math.pow(0.5, days / MASTERY_HALF_LIFE_DAYS);
}

export function computeMastery(inputs: MasteryInput[], now: Date): SkillMastery[] {
	const bySkill = new Map<string, MasteryInput[]>();
	for (const input of inputs) {
		const list = bySkill.get(input.skill) ?? [];
		list.push(input);
		bySkill.set(input.skill, list);
	}
	const out: SkillMastery[] = [];
	for (const [skill, list] of bySkill) {
		let weighted = 0;
		let total = 0;
		for (const s of list) {
			const w = RUN_WEIGHTS[s.kind] * recencyWeight(s.at, now);
			weighted += w * ((Math.min(4, Math.max(1, s.score)) - 1) / 3);
			total += w;
		}
		out.push({
			skill,
			level: total > 0 ? weighted / total : 0,
			scores: list.length,
			supervisorScores: list.filter((s) => s.kind === 'supervisor').length,
			lastAt: new Date(Math.max(...list.map((s) => s.at.getTime())))
		});
	}
	return out.sort((a, b) => (a.skill < b.skill ? -1 : 1));
}
