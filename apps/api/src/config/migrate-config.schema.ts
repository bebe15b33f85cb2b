import { z } from 'zod';
import type { LogOptions } from '../logging/log-options';
import { databaseUrlSchema, logSchema, parseEnv } from './api-config.schema';

export interface MigrateConfig {
  databaseUrl: string;
  log: LogOptions;
}

const migrateEnvSchema = z.object({ DATABASE_URL: databaseUrlSchema, ...logSchema });

/** The few variables the one-shot migrate entry needs; other api variables are ignored. */
export function loadMigrateConfig(env: Record<string, string | undefined>): MigrateConfig {
  const vars = parseEnv(migrateEnvSchema, env);
  return {
    databaseUrl: vars.DATABASE_URL,
    log: { level: vars.LOG_LEVEL, format: vars.LOG_FORMAT },
  };
}
