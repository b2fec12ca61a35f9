import type { QuestModule } from '../../../schemas/enums';
import { ACT_TEMPLATES } from './act';
import { CBT_TEMPLATES } from './cbt';
import { DBT_TEMPLATES } from './dbt';
import { IFS_TEMPLATES } from './ifs';
import type { QuestTemplate } from './types';

export type { QuestTemplate } from './types';

/** The builder's templates per approach, in the order "try the other story" walks through. */
export const QUEST_TEMPLATES: Record<QuestModule, QuestTemplate[]> = {
	IFS: IFS_TEMPLATES,
	DBT: DBT_TEMPLATES,
	CBT: CBT_TEMPLATES,
	ACT: ACT_TEMPLATES
};

/** The template at `index` for a module, wrapping round (so "the other one" always exists). */
export function templateAt(module: QuestModule, index = 0): QuestTemplate {
	const list = QUEST_TEMPLATES[module];
	return list[((index % list.length) + list.length) % list.length];
}
