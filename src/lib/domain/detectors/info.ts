// What a learner reads about each detector next to an automatic hint.

import type { DetectorKey } from '../../schemas/practice';

export interface DetectorInfo {
	/** a plain-words name for the behaviour */
	title: string;
	/** one sentence on why it matters on a crisis line */
	explanation: string;
	/** something to keep doing, or something to watch */
	kind: 'strength' | 'caution';
}

export const DETECTOR_INFO: Record<DetectorKey, DetectorInfo> = {
	'open-question': {
		title: 'Open question',
		explanation:
			'A question such as "What has been happening?" invites the caller to tell their story in their own words.',
		kind: 'strength'
	},
	'closed-question': {
		title: 'Yes/no question',
		explanation:
			'A yes/no question gets a short answer, so keep it for checking facts and use open questions to help the caller talk.',
		kind: 'caution'
	},
	'reflection-of-feeling': {
		title: 'Naming the feeling you hear',
		explanation:
			'Saying back the feeling you hear, such as "It sounds like you are exhausted", shows the caller you are listening.',
		kind: 'strength'
	},
	'direct-suicide-question': {
		title: 'Asking about suicide in plain words',
		explanation:
			'Asking directly whether the caller is thinking of suicide tells them it can be talked about, which words like "hurt yourself" do not.',
		kind: 'strength'
	},
	'premature-advice': {
		title: 'Advice before the caller feels heard',
		explanation:
			'Suggestions like "you should" or "have you tried" can leave the caller feeling unheard, so explore first and let them find their own options.',
		kind: 'caution'
	},
	'false-reassurance': {
		title: 'Promises nobody can keep',
		explanation:
			'"Everything will be fine" or "don\'t worry" can sound like the caller\'s fear is not welcome and closes the subject.',
		kind: 'caution'
	},
	minimising: {
		title: 'Making the problem sound smaller',
		explanation:
			'Words like "at least", "it could be worse" or "calm down" tell the caller their pain is out of proportion.',
		kind: 'caution'
	},
	jargon: {
		title: 'Clinical jargon',
		explanation:
			'Terms like "ideation" or "risk assessment" can confuse a caller and make the call feel like an assessment, so use everyday words.',
		kind: 'caution'
	}
};
