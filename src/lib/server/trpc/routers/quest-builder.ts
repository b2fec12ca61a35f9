import { router } from '../init';

// Filled in by issue 16's work (PRODUCT.md, "Quests for children and families").
export const questBuilderRouter = router({});
