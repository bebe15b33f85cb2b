import { ApiProperty } from '@nestjs/swagger';
import {
  STRATEGIST_OUTCOMES,
  type StrategistOutcome,
  type StrategistRun,
  type StrategistRunList,
  type StrategistRunResponse,
} from '@seraph/contracts';
import { STRATEGIST_RUN_EXAMPLE, STRATEGIST_RUNS_EXAMPLE } from './strategist.examples';

// OpenAPI description of the strategist response; the contract lives in @seraph/contracts.

export class StrategistRunResponseDto implements StrategistRunResponse {
  @ApiProperty({
    description:
      'The BullMQ job id: manual-<UTC minute>, the same for every press within one minute.',
    example: STRATEGIST_RUN_EXAMPLE.jobId,
  })
  jobId!: string;
}

const RUN = STRATEGIST_RUNS_EXAMPLE.items[1]!;

export class StrategistRunDto implements StrategistRun {
  @ApiProperty({
    example: RUN.jobId,
    description: 'BullMQ job id (repeat:… scheduled, manual-… asked for).',
  })
  jobId!: string;

  @ApiProperty({ example: RUN.manual })
  manual!: boolean;

  @ApiProperty({ example: RUN.startedAt, format: 'date-time' })
  startedAt!: string;

  @ApiProperty({ example: RUN.finishedAt, format: 'date-time', nullable: true, type: String })
  finishedAt!: string | null;

  @ApiProperty({ enum: STRATEGIST_OUTCOMES, nullable: true, example: RUN.outcome })
  outcome!: StrategistOutcome | null;

  @ApiProperty({ example: RUN.reason })
  reason!: string;

  @ApiProperty({ example: RUN.modelCalled })
  modelCalled!: boolean;

  @ApiProperty({ example: RUN.inputTokens })
  inputTokens!: number;

  @ApiProperty({ example: RUN.outputTokens })
  outputTokens!: number;

  @ApiProperty({ example: RUN.insightId, format: 'uuid', nullable: true, type: String })
  insightId!: string | null;
}

export class StrategistRunListDto implements StrategistRunList {
  @ApiProperty({ type: [StrategistRunDto] })
  items!: StrategistRunDto[];
}
