import type { MigrationInterface } from 'typeorm';
import { Init1764093600000 } from './1764093600000-Init';

/** Every migration, oldest first. A new migration is added here and nowhere else. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Init1764093600000];
