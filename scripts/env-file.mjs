// Reads `.env.dev` when present, so `npm start` and `npm test` honour the same local settings
// as docker compose. Variables already set in the shell win over the file.
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

export function loadDevEnv(path = '.env.dev') {
  if (!existsSync(path)) return {};
  const values = parseEnv(readFileSync(path, 'utf8'));
  for (const [key, value] of Object.entries(values)) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
  return values;
}
