import type { InsightType } from './attention.js';

export const INSIGHT_STATUSES = ['queued', 'delivered'] as const;
export type InsightStatus = (typeof INSIGHT_STATUSES)[number];

/** Urgency of a proactive message: 1 (could wait for days) to 5 (deliver now, whatever the mode). */
export type InsightUrgency = 1 | 2 | 3 | 4 | 5;

/** Something the strategist noticed (PRODUCT §2–3), queued until a good moment or delivered. */
export interface Insight {
  id: string;
  text: string;
  urgency: InsightUrgency;
  type: InsightType;
  /** The goals it is about (may be empty). */
  goalIds: string[];
  status: InsightStatus;
  createdAt: string;
  /** Null while queued. */
  deliveredAt: string | null;
}

/** Body of `GET /api/insights?status=`: newest first. */
export interface InsightList {
  items: Insight[];
}

/** Body of `POST /api/insights/deliver`: the insights that were queued and are now delivered. */
export interface DeliverInsightsResponse {
  delivered: Insight[];
}

/** Body of `POST /api/strategist/run` (202): the tick job that was enqueued. */
export interface StrategistRunResponse {
  jobId: string;
}

/**
 * The BullMQ queue and job name the api enqueues a manual strategist tick on; the worker's queue
 * table uses the same names.
 */
export const STRATEGIST_QUEUE = 'strategist';
export const STRATEGIST_TICK_JOB = 'strategist.tick';
