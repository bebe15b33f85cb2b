// Checks that PostgreSQL and Redis answer before building or testing, and when one does not,
// says which one and how to start it — in one paragraph, without a stack trace.
//   node scripts/preflight.mjs        services for `npm start` (DATABASE_URL, REDIS_URL)
//   node scripts/preflight.mjs test   services for `npm test` (TEST_POSTGRES_ADMIN_URL, TEST_REDIS_URL)
import net from 'node:net';
import { loadDevEnv } from './env-file.mjs';

const forTests = process.argv[2] === 'test';
if (!forTests) loadDevEnv();

const postgresUrl = forTests
  ? (process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@localhost:5432/postgres')
  : (process.env.DATABASE_URL ?? 'postgres://postgres@localhost:5432/seraph');
const redisUrl = forTests
  ? (process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379')
  : (process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

const checks = [
  {
    name: 'PostgreSQL',
    variable: forTests ? 'TEST_POSTGRES_ADMIN_URL' : 'DATABASE_URL',
    url: postgresUrl,
    defaultPort: 5432,
    howToStart:
      'start it with `sudo pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` ' +
      '(Debian/Ubuntu), `brew services start postgresql` (macOS) or `docker compose up -d postgres`',
  },
  {
    name: 'Redis',
    variable: forTests ? 'TEST_REDIS_URL' : 'REDIS_URL',
    url: redisUrl,
    defaultPort: 6379,
    howToStart:
      'start it with `redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save ""` ' +
      'or `docker compose up -d redis`',
  },
];

function reach(host, port, timeoutMs = 3000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (error) => {
      socket.destroy();
      resolve(error);
    };
    socket.setTimeout(timeoutMs, () => done(new Error(`no answer within ${timeoutMs / 1000} s`)));
    socket.once('connect', () => done(null));
    socket.once('error', (error) => done(error));
  });
}

let failed = false;
for (const check of checks) {
  let url;
  try {
    url = new URL(check.url);
  } catch {
    console.error(`${check.variable} is not a valid URL: ${JSON.stringify(check.url)}.`);
    failed = true;
    continue;
  }
  const host = url.hostname || 'localhost';
  const port = Number(url.port || check.defaultPort);
  const error = await reach(host, port);
  if (error) {
    failed = true;
    const reason = error.code ?? error.message;
    console.error(
      `${check.name} is not reachable at ${host}:${port} (${reason}). ` +
        `Seraph needs it: ${check.howToStart}; or set ${check.variable} to a running server.`,
    );
  }
}
if (failed) process.exit(1);
