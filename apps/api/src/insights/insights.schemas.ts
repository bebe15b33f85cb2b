import { INSIGHT_STATUSES, type InsightStatus } from '@seraph/contracts';
import { z } from 'zod';

// Query of the insight routes; the ZodQueryPipe turns each failure into a `{field, rule}` detail.

export const STATUS_RULE = `must be one of ${INSIGHT_STATUSES.join(', ')}`;

export const listInsightsQuerySchema = z.strictObject({
  status: z.enum(INSIGHT_STATUSES, { error: STATUS_RULE }).optional(),
});
export type ListInsightsQuery = { status?: InsightStatus };

// The schema accepts exactly the query type (compile-time check, no runtime cost).
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _list: Exact<z.output<typeof listInsightsQuerySchema>, ListInsightsQuery> = true;
void _list;
