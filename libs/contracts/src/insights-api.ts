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

/** How a strategist tick ended. */
export const STRATEGIST_OUTCOMES = [
  'no_model',
  'nothing_new',
  'no_insight',
  'invalid_output',
  'delivered',
  'queued',
  'repeat',
  'duplicate',
] as const;
export type StrategistOutcome = (typeof STRATEGIST_OUTCOMES)[number];

/** One strategist tick as `GET /api/strategist/runs` lists it (newest first). */
export interface StrategistRun {
  jobId: string;
  /** Asked for with `POST /api/strategist/run` rather than scheduled. */
  manual: boolean;
  startedAt: string;
  /** Null while running (or when its worker died; the retry finishes it). */
  finishedAt: string | null;
  outcome: StrategistOutcome | null;
  /** Why, in words: "nothing changed since the last model call", "queued: user is in a meeting"… */
  reason: string;
  modelCalled: boolean;
  inputTokens: number;
  outputTokens: number;
  /** The insight it delivered or queued. */
  insightId: string | null;
}

/** Body of `GET /api/strategist/runs`. */
export interface StrategistRunList {
  items: StrategistRun[];
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
