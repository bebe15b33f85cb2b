import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiInternalServerErrorResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  INSIGHT_STATUSES,
  type DeliverInsightsResponse,
  type InsightList,
} from '@seraph/contracts';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import { noQueryPipe, ZodQueryPipe } from '../http/zod-request.pipe';
import { DeliverInsightsResponseDto, InsightListDto } from './insight.dto';
import {
  DELIVER_EXAMPLES,
  INSIGHT_LIST_EXAMPLE,
  STATUS_BAD_REQUEST_EXAMPLE,
  UNKNOWN_QUERY_EXAMPLE,
} from './insight.examples';
import { listInsightsQuerySchema, type ListInsightsQuery } from './insights.schemas';
import { InsightsService } from './insights.service';

/** Insights: what the strategist noticed, queued for a good moment or delivered (PRODUCT §2–3). */
@ApiTags('insights')
@ApiTokenAuth()
@ApiInternalServerErrorResponse({ type: ApiErrorBodyDto, example: INTERNAL_ERROR_EXAMPLE })
@Controller('insights')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Insights, newest first; optionally only the queued or only the delivered ones.',
    description: 'At most the newest 100.',
  })
  @ApiQuery({
    name: 'status',
    required: false,
    description: 'queued (held back for a better moment) or delivered; absent: both.',
    schema: { type: 'string', enum: [...INSIGHT_STATUSES], example: 'queued' },
  })
  @ApiOkResponse({ type: InsightListDto, example: INSIGHT_LIST_EXAMPLE })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'status is not queued or delivered, or the query has another parameter.',
    examples: {
      status: { summary: 'Unknown status', value: STATUS_BAD_REQUEST_EXAMPLE },
      unknown: { summary: 'Unknown parameter', value: UNKNOWN_QUERY_EXAMPLE },
    },
  })
  list(
    @Query(new ZodQueryPipe(listInsightsQuerySchema)) query: ListInsightsQuery,
  ): Promise<InsightList> {
    return this.insights.list(query.status);
  }

  @Post('deliver')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Delivers every queued insight now (the user clicked the avatar).',
    description:
      'All of them in one assistant message of the "Seraph" chat session, free of attention ' +
      'budget. Each is announced as the socket event proactive, then the emptied queue as ' +
      'insights:changed. Nothing queued: {delivered: []} and no event. Counts as an interaction.',
  })
  @ApiOkResponse({ type: DeliverInsightsResponseDto, examples: DELIVER_EXAMPLES })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'The query has a parameter (this route takes none).',
    example: UNKNOWN_QUERY_EXAMPLE,
  })
  deliver(@Query(noQueryPipe) _query: object): Promise<DeliverInsightsResponse> {
    return this.insights.deliverQueued();
  }
}
