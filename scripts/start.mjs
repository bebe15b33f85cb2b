// Runs the built api (which also serves the built web app) and worker side by side, forwards
// Ctrl-C / SIGTERM to both, and stops everything if either one exits on its own.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadDevEnv } from './env-file.mjs';

loadDevEnv();
const env = { ...process.env };
if (!env.LOG_FORMAT && process.stdout.isTTY) env.LOG_FORMAT = 'pretty';

const apps = [
  { name: 'api', entry: 'apps/api/dist/main.js' },
  { name: 'worker', entry: 'apps/worker/dist/main.js' },
];
for (const app of apps) {
  if (!existsSync(app.entry)) {
    console.error(`${app.entry} is missing: build first with \`npx nx run-many -t build\`.`);
    process.exit(1);
  }
}

let stopping = false;
const children = apps.map((app) => {
  const child = spawn(process.execPath, [app.entry], { env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(
      `seraph ${app.name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`,
    );
    stop(code ?? 1);
  });
  return child;
});

function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const child of alive) child.kill('SIGTERM');
  let left = alive.length;
  if (left === 0) process.exit(exitCode);
  for (const child of alive) {
    child.on('exit', () => {
      if (--left === 0) process.exit(exitCode);
    });
  }
  // Longest job timeout plus a margin; after that, do not hang the terminal.
  setTimeout(() => process.exit(exitCode), 30_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const host = env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1';
const base = `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT ?? 3000}`;
const started = Date.now();
const announce = setInterval(async () => {
  try {
    const response = await fetch(`${base}/health/ready`);
    if (response.ok) {
      clearInterval(announce);
      console.log(
        `\nSeraph is ready: open ${base}/ (API docs at ${base}/api/docs). Ctrl-C stops it.\n`,
      );
    }
  } catch {
    // not listening yet
  }
  if (Date.now() - started > 120_000) clearInterval(announce);
}, 1000);
announce.unref();
