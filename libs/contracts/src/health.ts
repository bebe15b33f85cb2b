/** Dependencies the api checks for readiness. */
export const READINESS_DEPENDENCIES = ['postgres', 'redis'] as const;
export type ReadinessDependency = (typeof READINESS_DEPENDENCIES)[number];

export interface LivenessResponse {
  status: 'ok';
}

export interface DependencyHealth {
  status: 'up' | 'down';
  message?: string;
}

/** Body of `GET /health/ready` (200 when every dependency is up, 503 otherwise). */
export interface ReadinessResponse {
  status: 'ok' | 'error';
  /** Names of the dependencies that are down, empty when ready. */
  failing: ReadinessDependency[];
  details: Record<ReadinessDependency, DependencyHealth>;
}

/** Body of every error response from the api. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: { field: string; rule: string }[];
}
