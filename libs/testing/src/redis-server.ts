import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { getFreePort } from './free-port';
import { waitFor } from './wait-for';

/** Redis the machine runs for everyone; tests that only need "a Redis" use it with unique keys. */
export const SHARED_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface PrivateRedis {
  port: number;
  url: string;
  /** Kills the server (SIGKILL), as a crash or a network cut would look to clients. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/**
 * A real redis-server of the test's own on a free port, so a test can take Redis away and bring it
 * back without disturbing other suites. Stop it with `kill()` in afterAll.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await getFreePort();
  let child: ChildProcess | undefined;

  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await waitFor(`redis-server on port ${port}`, () => ping(port), { timeoutMs: 10_000 });
  };
  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };

  await start();
  return { port, url: `redis://127.0.0.1:${port}`, kill, start };
}

/** One raw RESP PING over TCP: no client library, so no reconnect timers outlive the check. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}
