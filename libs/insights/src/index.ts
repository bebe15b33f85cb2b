export { toInsight, toProactive } from './insight-view';
export { SERAPH_SESSION_TITLE } from './seraph-session';
export { budgetToday } from './budget';
export {
  offerInsight,
  type InsightCandidate,
  type OfferOutcome,
  type OfferResult,
} from './insight-offer';
export { deliverQueued, type BundleReason, type BundleResult } from './queued-delivery';
export { deliverBriefing, type BriefingInput, type BriefingResult } from './briefing-delivery';
export { queuedCount, listInsights, seraphSessionTail } from './insight-queries';
