// npm run bench:api — seeds 1,000 goals in a throw-away database, then drives three goal endpoints
// of the real api and of a bare node:http + pg baseline (same data, same JSON) with autocannon,
// 32 connections for 10 s each, and prints req/s, p99 and the ratio against the targets.
//   BENCH_DURATION_S=3 npm run bench:api   (a shorter run)
import { fork, spawn } from 'node:child_process';
import { deepStrictEqual } from 'node:assert';
import { fileURLToPath } from 'node:url';
import testing from '@seraph/testing';
import { load, warmUp } from './load.mjs';
import { buildGoals, seed } from './seed.mjs';

const { createTestDatabase, getFreePort, waitFor } = testing;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 32;
const TARGET_RATIO = 0.6;
const TARGET_P99_MS = 25;
const ENDPOINTS = ['/api/goals/tree', '/api/goals/dashboard', '/api/goals?status=behind&sort=due'];
const API_ENTRY = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
const BASELINE = fileURLToPath(new URL('./baseline-server.mjs', import.meta.url));

const children = [];
function start(name, command, env) {
  const child =
    command === 'fork'
      ? fork(BASELINE, {
          env: { ...process.env, ...env },
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        })
      : spawn(process.execPath, [API_ENTRY], {
          env: { ...process.env, ...env },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
  child.on('exit', (code) => {
    if (code && !stopping) console.error(`${name} exited with code ${code}`);
  });
  children.push(child);
  return child;
}

let stopping = false;
async function stopAll() {
  stopping = true;
  await Promise.all(
    children.map(
      (c) =>
        c.exitCode === null &&
        new Promise((done) => {
          c.once('exit', done);
          c.kill('SIGTERM');
        }),
    ),
  );
}

async function ready(url) {
  await waitFor(`${url} to answer`, async () => (await fetch(url)).status < 500, {
    timeoutMs: 60_000,
    intervalMs: 250,
  });
}

const db = await createTestDatabase('bench');
try {
  const [apiPort, basePort] = await Promise.all([getFreePort(), getFreePort()]);
  const ours = `http://127.0.0.1:${apiPort}`;
  const baseline = `http://127.0.0.1:${basePort}`;
  start('api', 'spawn', {
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
  });
  await ready(`${ours}/health/ready`); // the api migrates the fresh database
  const goals = buildGoals();
  await seed(db.url, goals);
  start('baseline', 'fork', { PORT: String(basePort), DATABASE_URL: db.url });
  await ready(`${baseline}/api/goals/tree`);
  console.log(
    `Seeded ${goals.length} goals (6 levels, 5 domains). ${CONNECTIONS} connections, ${DURATION_S} s per run.\n`,
  );

  const rows = [];
  for (const path of ENDPOINTS) {
    const [a, b] = await Promise.all([fetch(ours + path), fetch(baseline + path)]);
    const [oursBody, baseBody] = [await a.json(), await b.json()];
    let same = 'same JSON';
    try {
      deepStrictEqual(oursBody, baseBody);
    } catch {
      same = 'JSON DIFFERS';
    }
    await warmUp(ours + path);
    const o = await load(ours + path, { connections: CONNECTIONS, duration: DURATION_S });
    await warmUp(baseline + path);
    const base = await load(baseline + path, { connections: CONNECTIONS, duration: DURATION_S });
    rows.push({ path, o, base, same });
  }

  const pad = (value, width) => String(value).padStart(width);
  console.log(
    `${'endpoint'.padEnd(38)}${pad('ours req/s', 11)}${pad('p99', 7)}${pad('base req/s', 11)}${pad('p99', 7)}${pad('ratio', 7)}  verdict`,
  );
  let met = true;
  for (const { path, o, base, same } of rows) {
    const ratio = o.requestsPerSecond / base.requestsPerSecond;
    const ok =
      ratio >= TARGET_RATIO && o.p99Ms < TARGET_P99_MS && o.errors === 0 && same === 'same JSON';
    met &&= ok;
    console.log(
      `${path.padEnd(38)}${pad(o.requestsPerSecond.toFixed(0), 11)}${pad(o.p99Ms + 'ms', 7)}${pad(base.requestsPerSecond.toFixed(0), 11)}${pad(base.p99Ms + 'ms', 7)}${pad(ratio.toFixed(2), 7)}  ${ok ? 'meets' : 'MISSES'} target (${same}${o.errors ? `, ${o.errors} errors` : ''})`,
    );
  }
  console.log(
    `\nTargets: ours ≥ ${TARGET_RATIO} × baseline req/s and p99 < ${TARGET_P99_MS} ms on every endpoint: ${met ? 'met' : 'not met'}.`,
  );
} finally {
  await stopAll();
  await db.drop();
}
