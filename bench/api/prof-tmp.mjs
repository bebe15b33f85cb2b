import { spawn } from 'node:child_process';
import testing from '@seraph/testing';
import { buildGoals, seed } from './seed.mjs';
import autocannon from 'autocannon';
const { createTestDatabase, getFreePort, waitFor } = testing;
const db = await createTestDatabase('prof');
const port = await getFreePort();
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', '/work/main/apps/api/dist/main.js'], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: db.url, LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'inherit'],
});
await waitFor('api', async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok, { timeoutMs: 30000 });
await seed(db.url, buildGoals());
const r = await autocannon({ url: `http://127.0.0.1:${port}/api/goals/dashboard`, connections: 32, duration: 5 });
console.log(r.requests.average, r.latency.p99);
child.kill('SIGINT');
await new Promise((res) => child.once('exit', res));
await db.drop();
