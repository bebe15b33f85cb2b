import { Controller, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiInternalServerErrorResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { StrategistRunResponse } from '@seraph/contracts';
import { z } from 'zod';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import { ZodQueryPipe } from '../http/zod-request.pipe';
import { StrategistRunResponseDto } from './strategist.dto';
import {
  QUEUE_UNAVAILABLE_EXAMPLE,
  STRATEGIST_RUN_EXAMPLE,
  UNKNOWN_QUERY_EXAMPLE,
} from './strategist.examples';
import { StrategistService } from './strategist.service';

const noQuery = new ZodQueryPipe(z.strictObject({}));

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
  run(@Query(noQuery) _query: object): Promise<StrategistRunResponse> {
    return this.strategist.run();
  }
}
