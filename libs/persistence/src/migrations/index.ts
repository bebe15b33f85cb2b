import type { MigrationInterface } from 'typeorm';
import { Init1764093600000 } from './1764093600000-Init';
import { CreateGoals1764100000000 } from './1764100000000-CreateGoals';
import { CreateSettings1764100000001 } from './1764100000001-CreateSettings';
import { CreateChat1764200000000 } from './1764200000000-CreateChat';
import { CreateAttention1764300000000 } from './1764300000000-CreateAttention';

/** Every migration, oldest first. A new migration is added here and nowhere else. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Init1764093600000,
  CreateGoals1764100000000,
  CreateSettings1764100000001,
  CreateChat1764200000000,
  CreateAttention1764300000000,
];
