import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** apps/api, whether this file runs from src/config (tests) or dist/config (built). */
export const API_ROOT = resolve(__dirname, '../..');

/** Version of the running api, from its package.json. */
export const APP_VERSION: string = (
  JSON.parse(readFileSync(resolve(API_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
