import type { Readiness } from '../stores/readiness.store';

/** The words the HUD shows for a readiness state, e.g. `degraded: redis`. */
export function readinessLabel(readiness: Readiness): string {
  switch (readiness.kind) {
    case 'checking':
      return 'checking';
    case 'ready':
      return 'ready';
    case 'degraded':
      return readiness.failing.length > 0
        ? `degraded: ${readiness.failing.join(', ')}`
        : 'degraded';
    case 'offline':
      return 'offline';
  }
}
