// Marks a folder of compiled ES modules as such, so Node and bundlers read dist/esm as ESM
// while dist/cjs stays CommonJS (the package is consumed by both Node apps and the Vite web app).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: mark-esm.mjs <dir>');
  process.exit(2);
}
writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
