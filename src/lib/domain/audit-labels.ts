// The audit log in words: each stored action code ("skill.rename") as a phrase an admin reads
// ("renamed the skill"), each entity type as a filter label. The codes stay what is stored and
// filtered on; these only change what the console shows (raw codes and ids sit in a details
// disclosure beside each entry).

const ACTIONS: Record<string, string> = {
	'skill.create': 'added the skill',
	'skill.update': 'edited the skill',
	'skill.rename': 'renamed the skill',
	'skill.reorder': 'reordered',
	'skill.deactivate': 'deactivated the skill',
	'skill.reactivate': 'reactivated the skill',
	'skill.merge': 'merged the skill',
	'skill.delete': 'deleted the skill',
	'scenario.metadata.update': 'edited skills, difficulty or time of',
	'scenario.metadata.bulk_update': 'bulk-edited skills, difficulty or time of',
	'scenario.metadata.backfill': 'applied metadata backfill proposals to',
	'scenario.metadata.apply_file': 'applied a metadata file to',
	'scenario.metadata.undo': 'undid a metadata change on',
	'scenario.import': 'imported',
	'scenario.visibility': 'changed who sees',
	'backfill.generate': 'analysed scenarios for metadata:',
	'flag.enable': 'switched on the feature flag',
	'flag.disable': 'switched off the feature flag',
	'flag.retire': 'retired the feature flag',
	'api_key.create': 'created the API key',
	'api_key.revoke': 'revoked the API key',
	'user.role': 'changed the role of',
	'user.enable': 're-enabled the account of',
	'user.disable': 'disabled the account of',
	'setting.update': 'changed the setting',
	'progress.import_legacy': 'imported',
	'review.hide': 'hid',
	'review.report.dismiss': 'dismissed the reports on',
	'feedback.double_score': 'asked for a blind second scoring of',
	'user.coordinator.grant': 'made a coordinator:',
	'user.coordinator.revoke': 'took the coordinator capability from',
	'cohort.consent.give': 'agreed to share progress in the cohort',
	'cohort.consent.withdraw': 'withdrew consent to share progress in the cohort',
	'family.child.add': 'added a child profile',
	'family.child.delete': 'deleted a child profile and everything about it',
	'family.consent.give': 'agreed to share anonymous counts about a child',
	'family.consent.withdraw': 'withdrew consent to share anonymous counts about a child',
	'pool.create': 'added the skill pool',
	'pool.update': 'edited the skill pool',
	'pool.skill': 'moved a skill into the pool',
	'calibration.save': 'set tokens per hour for',
	'calibration.delete': 'deleted a calibration of',
	'scenario.supply': 'set the token supply of'
};

/** "renamed the skill"; an unknown code becomes its words ("scenario foo bar"). */
export function auditActionLabel(action: string): string {
	return ACTIONS[action] ?? action.replace(/[._]+/g, ' ');
}

const ENTITY_TYPES: Record<string, string> = {
	scenario: 'Scenarios',
	skill: 'Skills',
	user: 'Users',
	api_key: 'API keys',
	feature_flag: 'Feature flags',
	app_setting: 'Settings',
	metadata_proposal: 'Metadata backfill',
	scenario_attempt: 'Learner progress',
	review: 'Reviews',
	feedback_request: 'Supervisor feedback',
	cohort_member: 'Cohort consent',
	child_profile: 'Child profile',
	child_privacy: 'Child privacy',
	skill_pool: 'Skill pools'
};

/** The filter's words for an entity type ("feature_flag" → "Feature flags"). */
export function auditEntityTypeLabel(entityType: string): string {
	const known = ENTITY_TYPES[entityType];
	if (known) return known;
	const words = entityType.replace(/[._]+/g, ' ');
	return `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}`;
}

/** Settings by key, in words. */
export const SETTING_LABELS: Record<string, string> = {
	'review.approval_threshold': 'approval threshold'
};
