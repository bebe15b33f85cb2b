import type { HealthCheckResult } from '@nestjs/terminus';
import {
  READINESS_DEPENDENCIES,
  type DependencyHealth,
  type ReadinessDependency,
  type ReadinessResponse,
} from '@seraph/contracts';

/** Maps terminus' result (ok or the 503 body) into the `ReadinessResponse` contract. */
export function toReadinessResponse(result: HealthCheckResult): ReadinessResponse {
  const details = {} as Record<ReadinessDependency, DependencyHealth>;
  for (const dependency of READINESS_DEPENDENCIES) {
    details[dependency] = toDependencyHealth(result.details[dependency]);
  }
  const failing = READINESS_DEPENDENCIES.filter((d) => details[d].status === 'down');
  return {
    status: failing.length === 0 && result.status === 'ok' ? 'ok' : 'error',
    failing,
    details,
  };
}

function toDependencyHealth(indicator: Record<string, unknown> | undefined): DependencyHealth {
  if (!indicator) return { status: 'down', message: 'not checked' };
  if (indicator.status === 'up') return { status: 'up' };
  const message =
    typeof indicator.message === 'string' && indicator.message
      ? indicator.message
      : 'did not answer';
  return { status: 'down', message };
}
