import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** Injection token for this process's worker id (`host:pid:random`), recorded with each heartbeat. */
export const WORKER_ID = Symbol('WORKER_ID');

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}
