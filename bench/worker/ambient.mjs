// Ambient latency: the built api (apps/api/dist/main.js) on a private redis-server and a throw-away
// database, one socket.io client connected to it. Publishes `ambient` envelopes on seraph:events
// exactly as the worker's Broadcaster does (MULTI: SET seraph:ambient + PUBLISH), at a steady pace,
// each carrying its sequence number in `reason`, and measures publish → client receive. Baseline:
// a plain Redis subscriber on the same channel receiving the same messages (the floor).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import testing from '@seraph/testing';
import { stats } from './tick.mjs';

const require = createRequire(import.meta.url);
const Redis = require('ioredis');
const { io } = require(
  require.resolve('socket.io-client', {
    paths: [fileURLToPath(new URL('../../apps/api/', import.meta.url))],
  }),
);
const { BROADCAST_CHANNEL, REDIS_KEYS } = require('@seraph/contracts');

const { createTestDatabase, getFreePort, startPrivateRedis, waitFor } = testing;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1_000);
const EVERY_MS = 2;
const TARGET_P99_MS = 100;
const API_ENTRY = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runAmbientBench() {
  const [redis, database, port] = await Promise.all([
    startPrivateRedis(),
    createTestDatabase('benchambient'),
    getFreePort(),
  ]);
  const api = spawn(process.execPath, [API_ENTRY], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const publisher = new Redis(redis.url);
  const subscriber = new Redis(redis.url);
  let socket;
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitFor('the api to be ready', async () => (await fetch(`${origin}/health/ready`)).ok, {
      timeoutMs: 60_000,
      intervalMs: 250,
    });
    await waitFor('the api to subscribe to the broadcast channel', async () => {
      const [, count] = await publisher.pubsub('NUMSUB', BROADCAST_CHANNEL);
      return count >= 1;
    });

    const sentAt = new Map();
    const viaSocket = new Map();
    const viaRedis = new Map();
    const seqOf = (reason) => /^bench #(\d+)$/.exec(reason ?? '')?.[1];
    socket = io(origin, { transports: ['websocket'], reconnection: false });
    socket.on('ambient', (payload) => {
      const now = performance.now();
      const seq = seqOf(payload.reason);
      if (seq !== undefined && !viaSocket.has(seq)) viaSocket.set(seq, now - sentAt.get(seq));
    });
    await new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    await subscriber.subscribe(BROADCAST_CHANNEL);
    subscriber.on('message', (_channel, text) => {
      const now = performance.now();
      const envelope = JSON.parse(text);
      const seq = envelope.event === 'ambient' ? seqOf(envelope.payload.reason) : undefined;
      if (seq !== undefined && !viaRedis.has(seq)) viaRedis.set(seq, now - sentAt.get(seq));
    });

    const send = async (seq) => {
      const payload = {
        state: seq % 2 ? 'on_track' : 'goal_behind',
        reason: `bench #${seq}`,
        insightCount: seq % 3,
        at: new Date().toISOString(),
      };
      const text = JSON.stringify({ event: 'ambient', payload });
      sentAt.set(String(seq), performance.now());
      await publisher
        .multi()
        .set(REDIS_KEYS.ambient, JSON.stringify(payload))
        .publish(BROADCAST_CHANNEL, text)
        .exec();
    };
    // Warm-up, then a steady pace: message i leaves at start + i × EVERY_MS.
    for (let i = 0; i < 50; i += 1) await send(-1 - i);
    await sleep(200);
    const started = performance.now();
    for (let i = 0; i < MESSAGES; i += 1) {
      const wait = started + i * EVERY_MS - performance.now();
      if (wait > 0) await sleep(wait);
      await send(i);
    }
    const arrived = () => [...viaSocket.keys()].filter((k) => Number(k) >= 0).length;
    await waitFor('every message at the client', () => arrived() >= MESSAGES, {
      timeoutMs: 10_000,
    }).catch(() => undefined);
    const measured = (map) => [...map].filter(([k]) => Number(k) >= 0).map(([, v]) => v);
    const client = stats(measured(viaSocket));
    const floor = stats(measured(viaRedis));
    const lost = MESSAGES - client.n;

    console.log(
      `Ambient broadcast latency: ${MESSAGES} envelopes, one every ${EVERY_MS} ms, publish → receive\n`,
    );
    const row = (label, s) =>
      console.log(
        `  ${label.padEnd(34)} p50 ${s.p50.toFixed(2).padStart(7)} ms  p95 ${s.p95.toFixed(2).padStart(7)} ms  p99 ${s.p99.toFixed(2).padStart(7)} ms  max ${s.max.toFixed(2).padStart(7)} ms  (${s.n} received)`,
      );
    row('socket.io client via the api', client);
    row('baseline: direct Redis subscriber', floor);
    console.log(
      `\n  ratio api / floor: p50 ${(client.p50 / floor.p50).toFixed(1)}×, p99 ${(client.p99 / floor.p99).toFixed(1)}×`,
    );
    const pass = client.p99 < TARGET_P99_MS && lost === 0;
    console.log(
      `  Target: p99 < ${TARGET_P99_MS} ms and none lost → p99 ${client.p99.toFixed(2)} ms, ${lost} lost: ${pass ? 'PASS' : 'MISS'}\n`,
    );
    return pass;
  } finally {
    socket?.disconnect();
    publisher.disconnect();
    subscriber.disconnect();
    await new Promise((resolve) => {
      if (api.exitCode !== null) return resolve();
      api.once('exit', resolve);
      api.kill('SIGTERM');
    });
    await redis.kill();
    await database.drop();
  }
}
