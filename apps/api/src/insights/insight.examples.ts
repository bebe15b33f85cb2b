import type {
  ApiErrorBody,
  DeliverInsightsResponse,
  Insight,
  InsightList,
} from '@seraph/contracts';
import { STATUS_RULE } from './insights.schemas';

// Examples shown in the OpenAPI document.

export const QUEUED_INSIGHT_EXAMPLE: Insight = {
  id: '6b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
  text: 'Your half-marathon plan is two runs behind this week; a short run tonight would catch up.',
  urgency: 3,
  type: 'nudge',
  goalIds: ['3f0c8a9e-5b7d-4d2a-9c1e-8f6b2a4d7e10'],
  status: 'queued',
  createdAt: '2026-11-25T14:05:00.000Z',
  deliveredAt: null,
};

export const DELIVERED_INSIGHT_EXAMPLE: Insight = {
  id: '9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a',
  text: 'You have had three meetings in a row; block 30 minutes to reply to the reviews.',
  urgency: 2,
  type: 'advisory',
  goalIds: [],
  status: 'delivered',
  createdAt: '2026-11-25T09:40:00.000Z',
  deliveredAt: '2026-11-25T11:00:00.000Z',
};

export const INSIGHT_LIST_EXAMPLE: InsightList = {
  items: [QUEUED_INSIGHT_EXAMPLE, DELIVERED_INSIGHT_EXAMPLE],
};

export const DELIVER_EXAMPLES: Record<string, { summary: string; value: DeliverInsightsResponse }> =
  {
    delivered: {
      summary: 'The queued insights, now delivered',
      value: {
        delivered: [
          {
            ...QUEUED_INSIGHT_EXAMPLE,
            status: 'delivered',
            deliveredAt: '2026-11-25T20:47:12.000Z',
          },
        ],
      },
    },
    nothingQueued: { summary: 'Nothing was queued', value: { delivered: [] } },
  };

export const STATUS_BAD_REQUEST_EXAMPLE: ApiErrorBody = {
  statusCode: 400,
  error: 'Bad Request',
  message: `The query is invalid: status ${STATUS_RULE}`,
  details: [{ field: 'status', rule: STATUS_RULE }],
};

export const UNKNOWN_QUERY_EXAMPLE: ApiErrorBody = {
  statusCode: 400,
  error: 'Bad Request',
  message: 'The query is invalid: limit is not a known field',
  details: [{ field: 'limit', rule: 'is not a known field' }],
};
