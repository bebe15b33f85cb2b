import { Controller, Get, Header, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiInternalServerErrorResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { LlmUsageResponse, LlmUsageRow } from '@seraph/contracts';
import { z } from 'zod';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { AgentRuntime } from '../chat/agent-runtime';
import { Clock } from '../clock/clock';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import { wholeNumberParam, ZodQueryPipe } from '../http/zod-request.pipe';
import { summariseUsage } from './llm-usage';

const DAY_MS = 86_400_000;
const usageQuerySchema = z.strictObject({ days: wholeNumberParam(90).default(7) });

class LlmUsageRowDto implements LlmUsageRow {
  @ApiProperty({ example: '2026-03-01' }) day!: string;
  @ApiProperty({ example: 'gpt-4o-mini' }) model!: string;
  @ApiProperty({ example: 'chat' }) callType!: string;
  @ApiProperty() calls!: number;
  @ApiProperty({ description: 'Calls that failed or timed out.' }) errors!: number;
  @ApiProperty() inputTokens!: number;
  @ApiProperty() outputTokens!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) costUsd!: number | null;
}

class LlmUsageTotalsDto {
  @ApiProperty() calls!: number;
  @ApiProperty() inputTokens!: number;
  @ApiProperty() outputTokens!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) costUsd!: number | null;
}

class LlmUsageResponseDto implements LlmUsageResponse {
  @ApiProperty() days!: number;
  @ApiProperty({ description: 'False when LLM_LOG_DIR cannot be written.' }) logEnabled!: boolean;
  @ApiProperty({ type: LlmUsageTotalsDto }) totals!: LlmUsageResponse['totals'];
  @ApiProperty({ type: [LlmUsageRowDto], description: 'Newest day first.' }) rows!: LlmUsageRow[];
}

/** Token usage and cost of the LLM calls, read from the LLM call log. */
@ApiTags('llm')
@ApiTokenAuth()
@ApiInternalServerErrorResponse({ type: ApiErrorBodyDto, example: INTERNAL_ERROR_EXAMPLE })
@Controller('llm')
export class LlmUsageController {
  constructor(
    private readonly runtime: AgentRuntime,
    private readonly clock: Clock,
  ) {}

  @Get('usage')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'LLM calls, tokens and cost per day (UTC), model and call type.',
    description:
      'From LLM_LOG_DIR/llm_calls.jsonl and its rotated files; cost is null when unknown.',
  })
  @ApiQuery({ name: 'days', required: false, description: '1\u201390, default 7' })
  @ApiOkResponse({ type: LlmUsageResponseDto })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: '`days` is not a whole number from 1 to 90, or the query has another parameter.',
  })
  usage(
    @Query(new ZodQueryPipe(usageQuerySchema)) query: { days: number },
  ): Promise<LlmUsageResponse> {
    const since = new Date(this.clock.now().getTime() - query.days * DAY_MS);
    return summariseUsage(
      this.runtime.config.agent.log.dir,
      since,
      query.days,
      this.runtime.log.enabled,
    );
  }
}
