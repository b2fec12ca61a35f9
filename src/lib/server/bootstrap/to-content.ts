import { scenarioContentSchema } from '../../schemas/scenario';
import type { SeedScenario } from './content-ts/types';

/** Validates seed content with the same schema the studio uses. */
export function toScenarioContent(seed: SeedScenario) {
	return scenarioContentSchema.parse({
		...seed,
		psychologicalModule: seed.psychologicalModule ?? null,
		ageRange: seed.ageRange ?? null,
		cefrLevel: seed.cefrLevel ?? null,
		isOneTime: seed.isOneTime ?? false,
		visibility: 'public'
	});
}
