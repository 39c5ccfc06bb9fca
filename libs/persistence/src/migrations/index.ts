import { Initial1795586390267 } from './1795586390267-Initial';
import { SeedRegions1795586400000 } from './1795586400000-SeedRegions';

/** Every migration in order. A new migration file must be added here. */
export const ALL_MIGRATIONS = [Initial1795586390267, SeedRegions1795586400000];
