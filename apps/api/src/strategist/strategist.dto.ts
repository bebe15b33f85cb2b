import { ApiProperty } from '@nestjs/swagger';
import type { StrategistRunResponse } from '@seraph/contracts';
import { STRATEGIST_RUN_EXAMPLE } from './strategist.examples';

// OpenAPI description of the strategist response; the contract lives in @seraph/contracts.

export class StrategistRunResponseDto implements StrategistRunResponse {
  @ApiProperty({
    description:
      'The BullMQ job id: manual-<UTC minute>, the same for every press within one minute.',
    example: STRATEGIST_RUN_EXAMPLE.jobId,
  })
  jobId!: string;
}
