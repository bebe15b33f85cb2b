import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GOAL_DOMAINS,
  GOAL_LEVELS,
  GOAL_STATUSES,
  type Goal,
  type GoalDashboard,
  type GoalDomain,
  type GoalDomainSummary,
  type GoalHealthFlag,
  type GoalLevel,
  type GoalStatus,
  type GoalTotals,
  type GoalTreeNode,
} from '@seraph/contracts';

// OpenAPI descriptions of the goal responses; the contracts themselves live in @seraph/contracts.

export class GoalDto implements Goal {
  @ApiProperty({ format: 'uuid', example: '3f0c8a9e-5b7d-4d2a-9c1e-8f6b2a4d7e10' })
  id!: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Run a half marathon' })
  title!: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 5000, example: 'Sub 2 hours.' })
  notes!: string | null;

  @ApiProperty({ enum: GOAL_LEVELS, example: 'quarterly' })
  level!: GoalLevel;

  @ApiProperty({ enum: GOAL_DOMAINS, example: 'health' })
  domain!: GoalDomain;

  @ApiProperty({ enum: GOAL_STATUSES, example: 'active' })
  status!: GoalStatus;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null })
  parentId!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-06-30' })
  dueDate!: string | null;

  @ApiProperty({
    minimum: 0,
    maximum: 100,
    example: 42.5,
    description:
      'Shown progress, one decimal: 100 when completed, else the mean of the non-abandoned ' +
      "children's shown progress, else the goal's own.",
  })
  progress!: number;

  @ApiProperty({
    minimum: 0,
    maximum: 100,
    example: 30,
    description: 'Progress stored on the goal.',
  })
  ownProgress!: number;

  @ApiProperty({ format: 'date-time', example: '2026-01-05T09:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-02-01T18:30:00.000Z' })
  updatedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  completedAt!: string | null;

  @ApiProperty({ description: 'Due before today (user time zone), not completed or abandoned.' })
  overdue!: boolean;

  @ApiProperty({
    description: 'Active, and overdue or more than 25 points below the time-implied progress.',
  })
  behind!: boolean;

  @ApiProperty({ description: 'Active, and nothing in its subtree updated for 14 days.' })
  stalled!: boolean;

  @ApiProperty({ minimum: 0, example: 3, description: 'Direct children, any status.' })
  childCount!: number;
}

export class GoalTreeNodeDto extends GoalDto implements GoalTreeNode {
  @ApiProperty({ type: () => [GoalTreeNodeDto], description: 'Children, nested the same way.' })
  children!: GoalTreeNodeDto[];
}

export class GoalDomainSummaryDto implements GoalDomainSummary {
  @ApiProperty({ example: 4 })
  active!: number;

  @ApiProperty({ example: 2 })
  completed!: number;

  @ApiProperty({ example: 7, description: 'All goals of the domain, any status.' })
  total!: number;

  @ApiProperty({
    example: 61.3,
    description: 'Mean shown progress of the active and completed goals; 0 when there are none.',
  })
  progress!: number;
}

export class GoalDomainsDto implements Record<GoalDomain, GoalDomainSummary> {
  @ApiProperty({ type: GoalDomainSummaryDto })
  productivity!: GoalDomainSummaryDto;

  @ApiProperty({ type: GoalDomainSummaryDto })
  performance!: GoalDomainSummaryDto;

  @ApiProperty({ type: GoalDomainSummaryDto })
  health!: GoalDomainSummaryDto;

  @ApiProperty({ type: GoalDomainSummaryDto })
  influence!: GoalDomainSummaryDto;

  @ApiProperty({ type: GoalDomainSummaryDto })
  growth!: GoalDomainSummaryDto;
}

export class GoalTotalsDto extends GoalDomainSummaryDto implements GoalTotals {
  @ApiProperty({ example: 1 })
  paused!: number;

  @ApiProperty({ example: 0 })
  abandoned!: number;
}

export class GoalHealthCountsDto implements Record<GoalHealthFlag, number> {
  @ApiProperty({ example: 1 })
  overdue!: number;

  @ApiProperty({ example: 2 })
  behind!: number;

  @ApiProperty({ example: 0 })
  stalled!: number;
}

export class GoalDashboardDto implements GoalDashboard {
  @ApiProperty({ format: 'date', example: '2026-02-10', description: "The user's date used." })
  today!: string;

  @ApiProperty({ type: GoalDomainsDto })
  domains!: GoalDomainsDto;

  @ApiProperty({ type: GoalTotalsDto })
  totals!: GoalTotalsDto;

  @ApiProperty({ type: GoalHealthCountsDto })
  health!: GoalHealthCountsDto;

  @ApiProperty({
    type: [GoalDto],
    description: 'Active or paused goals due from today through today + 7 days, soonest first.',
  })
  dueSoon!: GoalDto[];
}

export class CreateGoalRequestDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Run a half marathon' })
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  notes?: string | null;

  @ApiPropertyOptional({ enum: GOAL_LEVELS, default: 'daily' })
  level?: GoalLevel;

  @ApiPropertyOptional({ enum: GOAL_DOMAINS, default: 'productivity' })
  domain?: GoalDomain;

  @ApiPropertyOptional({
    enum: GOAL_STATUSES,
    default: 'active',
    description: '`completed` sets progress 100 and completedAt.',
  })
  status?: GoalStatus;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'An existing goal of a coarser level (404 when none has this id).',
  })
  parentId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-06-30' })
  dueDate?: string | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, default: 0 })
  progress?: number;
}

export class UpdateGoalRequestDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  notes?: string | null;

  @ApiPropertyOptional({
    enum: GOAL_LEVELS,
    description: 'Must stay finer than the parent and coarser than every child (else 409).',
  })
  level?: GoalLevel;

  @ApiPropertyOptional({ enum: GOAL_DOMAINS })
  domain?: GoalDomain;

  @ApiPropertyOptional({
    enum: GOAL_STATUSES,
    description: '`completed` sets progress 100 and completedAt; leaving it clears completedAt.',
  })
  status?: GoalStatus;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null makes the goal a root; itself or a goal below it is a cycle (409).',
  })
  parentId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  dueDate?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    description: 'Ignored while the goal is completed (a completed goal keeps 100).',
  })
  progress?: number;
}
