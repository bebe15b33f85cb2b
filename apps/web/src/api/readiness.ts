import {
  READINESS_DEPENDENCIES,
  type ReadinessDependency,
  type ReadinessResponse,
} from '@seraph/contracts';
import type { Readiness } from '../stores/readiness.store';
import { requestJson } from './http';

export const READINESS_PATH = '/health/ready';

/**
 * 200 with `status: ok` is ready; 503 with a readiness body is degraded (naming what is down);
 * anything else — a proxy's 502, an HTML error page — means the api itself is not answering.
 */
export function readinessFromResponse(status: number, body: unknown): Readiness {
  if (!isReadinessBody(body)) return { kind: 'offline' };
  if (status === 200 && body.status === 'ok') return { kind: 'ready' };
  if (status === 503 || status === 200) {
    return { kind: 'degraded', failing: knownDependencies(body.failing) };
  }
  return { kind: 'offline' };
}

export async function fetchReadiness(signal?: AbortSignal): Promise<Readiness> {
  try {
    const { status, body } = await requestJson<unknown>(READINESS_PATH, {
      signal,
      timeoutMs: 4_000,
    });
    return readinessFromResponse(status, body);
  } catch {
    return { kind: 'offline' };
  }
}

function isReadinessBody(body: unknown): body is Pick<ReadinessResponse, 'status' | 'failing'> {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<ReadinessResponse>;
  return (
    (candidate.status === 'ok' || candidate.status === 'error') && Array.isArray(candidate.failing)
  );
}

function knownDependencies(failing: unknown[]): ReadinessDependency[] {
  return READINESS_DEPENDENCIES.filter((name) => failing.includes(name));
}
