// The crisis-counselor skill taxonomy of seed 000, in the order trainers teach it.
export const SEED_SKILLS = [
	{
		slug: 'active-listening',
		name: 'Active listening',
		description:
			'Reflecting, paraphrasing and summarising so the caller feels heard before anything else happens.'
	},
	{
		slug: 'rapport-building',
		name: 'Rapport building',
		description:
			'Establishing trust and engagement quickly, especially with hesitant, guarded or repeat callers.'
	},
	{
		slug: 'de-escalation',
		name: 'De-escalation',
		description:
			'Lowering intensity when a caller is agitated, angry or overwhelmed; emotional regulation in crisis.'
	},
	{
		slug: 'risk-assessment',
		name: 'Suicide risk assessment',
		description:
			'Asking directly about suicidal ideation, plan, means, timeline and protective factors; judging lethality.'
	},
	{
		slug: 'safety-planning',
		name: 'Safety planning',
		description:
			'Building a collaborative safety plan: warning signs, coping steps, contacts, and means safety.'
	},
	{
		slug: 'self-harm-assessment',
		name: 'Self-harm assessment',
		description:
			'Exploring non-suicidal self-injury with curiosity rather than alarm, and checking for medical needs.'
	},
	{
		slug: 'substance-assessment',
		name: 'Substance use assessment',
		description:
			'Assessing alcohol and drug use, intoxication, withdrawal and overdose risk during a contact.'
	},
	{
		slug: 'dv-assessment',
		name: 'Domestic violence assessment',
		description:
			'Recognising intimate partner violence, assessing immediate danger and planning for a safe exit.'
	},
	{
		slug: 'grief-support',
		name: 'Grief support',
		description:
			'Staying with loss and bereavement without rushing to fix; normalising grief reactions.'
	},
	{
		slug: 'anxiety-support',
		name: 'Anxiety and panic support',
		description:
			'Grounding and breathing techniques for panic and overwhelm; separating anxiety from danger.'
	},
	{
		slug: 'call-routing',
		name: 'Call routing and transfers',
		description:
			'Triage, warm transfers to emergency or specialist services, and referrals to the right line.'
	},
	{
		slug: 'medication-support',
		name: 'Medication support',
		description:
			'Responding to questions about prescriptions and side effects within scope, and encouraging prescriber contact.'
	},
	{
		slug: 'resource-linkage',
		name: 'Resource linkage',
		description:
			'Connecting callers with community resources: housing, food, counselling, legal and financial help.'
	},
	{
		slug: 'boundary-setting',
		name: 'Boundary setting',
		description:
			'Holding limits with abusive, sexualised or repeat callers while staying respectful and supportive.'
	},
	{
		slug: 'termination',
		name: 'Ending the contact',
		description:
			'Closing a call or chat well: summarising, confirming next steps and ending without abandonment.'
	}
] as const;

// Seed 001's skill pools, as groups a crisis centre plans training by. Every seeded skill belongs
// to exactly one (tests/unit/skill-pools.test.ts). Upserted by name on every start: a missing pool
// is added, an existing one is left as the admins made it.
export const SEED_SKILL_POOLS = [
	{
		name: 'Engagement',
		description: 'Listening and building trust, so the caller stays on the line and talks.',
		skills: ['active-listening', 'rapport-building']
	},
	{
		name: 'Assessment',
		description:
			'Finding out what is happening and how dangerous it is: suicide, self-harm, substances, violence.',
		skills: ['risk-assessment', 'self-harm-assessment', 'substance-assessment', 'dv-assessment']
	},
	{
		name: 'Intervention',
		description:
			'Changing the moment: calming, grounding, staying with grief and building a safety plan.',
		skills: ['de-escalation', 'safety-planning', 'grief-support', 'anxiety-support']
	},
	{
		name: 'Resources and referral',
		description:
			'Getting the caller to the right help: transfers, community services, prescribers.',
		skills: ['call-routing', 'resource-linkage', 'medication-support']
	},
	{
		name: 'Boundaries and closing',
		description: 'Holding limits respectfully and ending a contact without abandoning the caller.',
		skills: ['boundary-setting', 'termination']
	}
] as const satisfies readonly {
	name: string;
	description: string;
	skills: readonly (typeof SEED_SKILLS)[number]['slug'][];
}[];

// Flags start off and guard features that are not built yet, never core ones. The
// descriptions are what admins read on /admin/flags: plain words, no internal references.
// Start-up brings existing databases' descriptions up to date (reconcileFeatureFlags).
export const SEED_FEATURE_FLAGS = [
	{
		key: 'token_planning_v1',
		description:
			'Plan a cohort’s training as hours of practice per group of skills: the cohort plan page (demand against what assignments supply) and the admins’ pool, calibration and supply editors. Cohorts work without it.'
	},
	{
		key: 'studio_ai_assist',
		description:
			'Writing suggestions while authors draft a scenario in the studio. Not built yet: switching it on changes nothing today.'
	}
] as const;

/**
 * Flags that no longer exist, removed from existing databases at start-up (audited).
 * `progress_leaderboard` would have ranked learners by their progress on a public board, which
 * breaks the rule that a user's progress is theirs alone; it was never built.
 */
export const RETIRED_FEATURE_FLAGS = ['progress_leaderboard'] as const;

/** Settings admins can change; the seed only fills in what is missing. */
export const SEED_APP_SETTINGS = [{ key: 'review.approval_threshold', value: 3 }] as const;
