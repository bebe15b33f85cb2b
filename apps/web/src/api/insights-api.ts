import type {
  DeliverInsightsResponse,
  InsightList,
  InsightStatus,
  StrategistRunList,
  StrategistRunResponse,
} from '@seraph/contracts';
import { callApi } from './api-client';

export const insightsApi = {
  list: (status?: InsightStatus) => callApi<InsightList>('listInsights', { query: { status } }),
  /** Delivers every queued insight now (into the "Seraph" chat session). */
  deliver: () => callApi<DeliverInsightsResponse>('deliverInsights'),
  /** Asks the worker for a strategist tick now (202). */
  runStrategist: () => callApi<StrategistRunResponse>('runStrategist'),
  /** The newest strategist ticks, newest first. */
  strategistRuns: (limit = 1) => callApi<StrategistRunList>('strategistRuns', { query: { limit } }),
};
