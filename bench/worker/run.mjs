// npm run bench:worker — the strategist tick's cost without a model (tick.mjs) and the latency of
// an ambient broadcast from Redis through the api's socket.io relay to a browser client
// (ambient.mjs). Each prints its numbers, its baseline and PASS/MISS against its target.
//   BENCH_TICKS=30 BENCH_MESSAGES=500 npm run bench:worker   (a shorter run)
import { runAmbientBench } from './ambient.mjs';
import { runTickBench } from './tick.mjs';

const which = process.argv[2];
const results = [];
if (!which || which === 'tick') results.push(await runTickBench());
if (!which || which === 'ambient') results.push(await runAmbientBench());
console.log(results.every(Boolean) ? 'All worker targets met.' : 'Some worker targets MISSED.');
process.exit(0);
