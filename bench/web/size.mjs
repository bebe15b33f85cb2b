// Prints the gzip size of what apps/web/dist/index.html loads before first paint (its entry
// script, module preloads and stylesheets) against the initial-load budget. Exits 1 when over.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../../apps/web/dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const assets = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
].map((m) => m[1]);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let js = 0;
let css = 0;
for (const asset of new Set(assets)) {
  const raw = readFileSync(join(dist, asset.replace(/^\//, '')));
  const gz = gzipSync(raw, { level: 9 }).length;
  if (asset.endsWith('.css')) css += gz;
  else js += gz;
  console.log(`${asset.padEnd(40)} ${kb(raw.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
}
const total = js + css;
console.log(`initial JS  ${kb(js)} gzip`);
console.log(`initial CSS ${kb(css)} gzip`);
console.log(
  `total       ${kb(total)} gzip of ${kb(BUDGET_BYTES)} budget (${((total / BUDGET_BYTES) * 100).toFixed(0)}%)`,
);
if (total > BUDGET_BYTES) {
  console.error('Over the initial-load budget.');
  process.exit(1);
}
