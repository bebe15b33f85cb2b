import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiInternalServerErrorResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { StrategistRunList, StrategistRunResponse } from '@seraph/contracts';
import { z } from 'zod';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import { noQueryPipe, wholeNumberParam, ZodQueryPipe } from '../http/zod-request.pipe';
import { StrategistRunListDto, StrategistRunResponseDto } from './strategist.dto';
import {
  BAD_LIMIT_EXAMPLE,
  QUEUE_UNAVAILABLE_EXAMPLE,
  STRATEGIST_RUNS_EXAMPLE,
  STRATEGIST_RUN_EXAMPLE,
  UNKNOWN_QUERY_EXAMPLE,
} from './strategist.examples';
import { StrategistService } from './strategist.service';

export const RUNS_LIMIT_MAX = 100;
const runsQuery = new ZodQueryPipe(
  z.strictObject({ limit: wholeNumberParam(RUNS_LIMIT_MAX).default(20) }),
);

/** The strategist (PRODUCT §3): the worker's periodic look at goals, calendar and state. */
@ApiTags('strategist')
@ApiTokenAuth()
@ApiInternalServerErrorResponse({ type: ApiErrorBodyDto, example: INTERNAL_ERROR_EXAMPLE })
@Controller('strategist')
export class StrategistController {
  constructor(private readonly strategist: StrategistService) {}

  @Post('run')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Runs a strategist tick now, in the worker.',
    description:
      'Enqueues strategist.tick with {manual: true} on the strategist queue and answers at once. ' +
      'Presses within the same UTC minute share one job (same jobId), so they do not pile up. ' +
      'What the tick finds arrives later as socket events (ambient, proactive, insights:changed).',
  })
  @ApiAcceptedResponse({ type: StrategistRunResponseDto, example: STRATEGIST_RUN_EXAMPLE })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'The query has a parameter (this route takes none).',
    example: UNKNOWN_QUERY_EXAMPLE,
  })
  @ApiServiceUnavailableResponse({
    type: ApiErrorBodyDto,
    description: 'Redis (the job queue) cannot be reached; nothing was started.',
    example: QUEUE_UNAVAILABLE_EXAMPLE,
  })
  run(@Query(noQueryPipe) _query: object): Promise<StrategistRunResponse> {
    return this.strategist.run();
  }

  @Get('runs')
  @ApiOperation({
    summary: 'What the newest strategist ticks did, newest first.',
    description:
      'One entry per tick: its outcome (no_model, nothing_new, no_insight, invalid_output, ' +
      'delivered, queued, repeat, duplicate), the reason in words, and the tokens it spent. ' +
      '`limit` 1–100, default 20.',
  })
  @ApiOkResponse({ type: StrategistRunListDto, example: STRATEGIST_RUNS_EXAMPLE })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: '`limit` is not a whole number from 1 to 100, or the query has another parameter.',
    example: BAD_LIMIT_EXAMPLE,
  })
  async runs(@Query(runsQuery) query: { limit: number }): Promise<StrategistRunList> {
    return { items: await this.strategist.runs(query.limit) };
  }
}
