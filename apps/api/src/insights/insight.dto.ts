import { ApiProperty } from '@nestjs/swagger';
import {
  INSIGHT_STATUSES,
  INSIGHT_TYPES,
  type DeliverInsightsResponse,
  type Insight,
  type InsightList,
  type InsightStatus,
  type InsightType,
  type InsightUrgency,
} from '@seraph/contracts';
import { QUEUED_INSIGHT_EXAMPLE } from './insight.examples';

// OpenAPI descriptions of the insight responses; the contracts themselves live in @seraph/contracts.

export class InsightDto implements Insight {
  @ApiProperty({ format: 'uuid', example: QUEUED_INSIGHT_EXAMPLE.id })
  id!: string;

  @ApiProperty({
    description: 'What Seraph noticed, for the user.',
    example: QUEUED_INSIGHT_EXAMPLE.text,
  })
  text!: string;

  @ApiProperty({
    enum: [1, 2, 3, 4, 5],
    description: '1 (could wait for days) to 5 (delivered at once, whatever the mode).',
    example: 3,
  })
  urgency!: InsightUrgency;

  @ApiProperty({
    enum: INSIGHT_TYPES,
    description: 'advisory, nudge or alert (alerts still go out while winding down).',
    example: 'nudge',
  })
  type!: InsightType;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'The goals it is about (may be empty).',
    example: QUEUED_INSIGHT_EXAMPLE.goalIds,
  })
  goalIds!: string[];

  @ApiProperty({
    enum: INSIGHT_STATUSES,
    description: 'queued: held back for a better moment; delivered: posted in the Seraph chat.',
    example: 'queued',
  })
  status!: InsightStatus;

  @ApiProperty({ format: 'date-time', example: QUEUED_INSIGHT_EXAMPLE.createdAt })
  createdAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Null while queued.',
    example: null,
  })
  deliveredAt!: string | null;
}

export class InsightListDto implements InsightList {
  @ApiProperty({ type: InsightDto, isArray: true, description: 'Newest first.' })
  items!: InsightDto[];
}

export class DeliverInsightsResponseDto implements DeliverInsightsResponse {
  @ApiProperty({
    type: InsightDto,
    isArray: true,
    description: 'The insights that were queued and are now delivered (empty when none waited).',
  })
  delivered!: InsightDto[];
}
