import { GoalEntity } from './goal.entity';
import { SettingsEntity } from './settings.entity';

/**
 * Every entity. `createDataSource` registers them all by default (api, worker, migrate), so the
 * migrations drift guard compares every one. A new entity is added here and exported from the
 * package index.
 */
export const ENTITIES: (new () => object)[] = [GoalEntity, SettingsEntity];
