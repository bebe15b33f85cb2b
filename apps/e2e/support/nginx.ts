import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getFreePort, waitFor } from '@seraph/testing';

/** The web image's nginx configuration, used here unchanged but for the lines marked "e2e:". */
export const NGINX_CONF = resolve(__dirname, '../../../docker/nginx.conf');
const WEB_DIST = resolve(__dirname, '../../web/dist');

/** Debian's nginx (/usr/sbin is not on every PATH). */
export const NGINX_PATH =
  process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** nobody:nogroup — nginx must run unprivileged, as in the image (uid 101 there). */
const UNPRIVILEGED = { uid: 65534, gid: 65534 };

export interface RunningNginx {
  baseUrl: string;
  port: number;
  /** The master process. */
  pid: number;
  /** nginx's stdout (access log) and stderr (error log) so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Replaces the value on the one line carrying `# e2e: <marker>`; throws when the marker is missing
 * or repeated, so a change to docker/nginx.conf cannot silently skip a substitution.
 */
export function substituteMarked(conf: string, marker: string, from: string, to: string): string {
  const lines = conf.split('\n');
  const marked = lines.filter((line) => line.includes(`# e2e: ${marker}`));
  if (marked.length !== 1) {
    throw new Error(`docker/nginx.conf must mark exactly one line "# e2e: ${marker}"`);
  }
  return lines
    .map((line) => {
      if (!line.includes(`# e2e: ${marker}`)) return line;
      if (!line.includes(from)) throw new Error(`"# e2e: ${marker}" line lacks "${from}": ${line}`);
      return line.replace(from, to);
    })
    .join('\n');
}

function chownTree(path: string): void {
  chownSync(path, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) chownTree(join(path, entry));
  }
}

/**
 * Runs Debian's nginx with docker/nginx.conf in front of a running api: the upstream points at
 * `apiPort`, the root at a copy of apps/web/dist, the listen port at a free one. When the test runs
 * as root, nginx runs as nobody (files it reads or writes are handed to that user first).
 */
export async function startNginx(apiPort: number): Promise<RunningNginx> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST}/index.html is missing: build the web app first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'seraph-nginx-'));
  const webRoot = join(dir, 'html');
  cpSync(WEB_DIST, webRoot, { recursive: true });
  const port = await getFreePort();

  let conf = readFileSync(NGINX_CONF, 'utf8');
  conf = substituteMarked(conf, 'listen port', '8080', String(port));
  conf = substituteMarked(conf, 'web root', '/usr/share/nginx/html', webRoot);
  conf = substituteMarked(conf, 'api address', 'api:3000', `127.0.0.1:${apiPort}`);
  const confPath = join(dir, 'nginx.conf');
  writeFileSync(confPath, conf);

  // nginx reopens /dev/stdout for its access log: that works on a file it owns, not on a pipe.
  const logPath = join(dir, 'nginx.log');
  writeFileSync(logPath, '');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownTree(dir);
  chmodSync(dir, 0o755);
  const logFd = openSync(logPath, 'a');

  // The web image's command with this run's prefix (pid and temp files) and configuration.
  const child: ChildProcess = spawn(
    NGINX_PATH,
    ['-e', 'stderr', '-p', `${dir}/`, '-c', confPath, '-g', 'daemon off;'],
    {
      stdio: ['ignore', logFd, logFd],
      ...(asRoot ? UNPRIVILEGED : {}),
    },
  );
  closeSync(logFd);
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  const output = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && !spawnError) {
      await new Promise<void>((done) => {
        // QUIT: graceful shutdown, as the image's STOPSIGNAL does; KILL if a connection holds it.
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(force);
          done();
        });
        child.kill('SIGQUIT');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      'nginx to answer /nginx-health',
      async () => {
        if (spawnError) throw new Error(`nginx did not start: ${spawnError.message}`);
        if (child.exitCode !== null) throw new Error(`nginx exited early: ${output()}`);
        return (await fetch(`${baseUrl}/nginx-health`)).ok;
      },
      { timeoutMs: 10_000, intervalMs: 100 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, port, pid: child.pid!, output, stop };
}

/** The user id nginx's processes run as (from /proc), to prove it is not root. */
export function processUid(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^Uid:\s+(\d+)/m.exec(status);
  if (!match) throw new Error(`no Uid line in /proc/${pid}/status`);
  return Number(match[1]);
}
