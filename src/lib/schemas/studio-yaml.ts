import { z } from './zod';
import { YAML_MAX_BYTES } from '../domain/scenario-yaml';

// Inputs of `studio.exportYaml` and `studio.importYaml` (PRODUCT.md, "Quests for children and
// families"): a scenario as a YAML file, out and back in as a new draft.

export const studioExportYamlInputSchema = z.object({ scenarioId: z.uuid('Not a scenario id') });

export const studioImportYamlInputSchema = z.object({
	// Characters, not bytes: scenarioFromYaml checks the byte size itself and says so plainly.
	yaml: z.string().min(1, 'The file is empty').max(YAML_MAX_BYTES, 'The file is larger than 512 kB')
});
