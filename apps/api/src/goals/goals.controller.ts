import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiInternalServerErrorResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Goal } from '@seraph/contracts';
import type { Response } from 'express';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import { ZodBodyPipe } from '../http/zod-body.pipe';
import { noQueryPipe, ZodParamPipe, ZodQueryPipe } from '../http/zod-request.pipe';
import { GoalCommands } from './goal-commands.service';
import type { JsonBody } from './goal-response-cache';
import { ApiCascadeQuery, ApiGoalIdParam, ApiGoalListQuery, ApiSortQuery } from './goal-query.docs';
import {
  CreateGoalRequestDto,
  GoalDashboardDto,
  GoalDto,
  GoalTreeNodeDto,
  UpdateGoalRequestDto,
} from './goal.dto';
import {
  BODY_BAD_REQUEST_EXAMPLES,
  CASCADE_CONFLICT_EXAMPLE,
  CONFLICT_EXAMPLES,
  CREATE_GOAL_EXAMPLES,
  DASHBOARD_EXAMPLE,
  GOAL_EXAMPLE,
  ID_BAD_REQUEST_EXAMPLE,
  NOT_FOUND_EXAMPLES,
  QUERY_BAD_REQUEST_EXAMPLE,
  TREE_EXAMPLE,
  UPDATE_GOAL_EXAMPLES,
} from './goal.examples';
import {
  createGoalSchema,
  deleteGoalQuerySchema,
  goalIdSchema,
  listGoalsQuerySchema,
  treeQuerySchema,
  updateGoalSchema,
  type CreateGoalInput,
  type ListGoalsQuery,
  type TreeQuery,
  type UpdateGoalInput,
} from './goal.schemas';
import { GoalsService } from './goals.service';

const idPipe = new ZodParamPipe('id', goalIdSchema);
const badQuery = {
  type: ApiErrorBodyDto,
  description: 'An unknown query parameter or a value outside its list.',
  example: QUERY_BAD_REQUEST_EXAMPLE,
};
const badId = {
  type: ApiErrorBodyDto,
  description: 'The id is not a uuid.',
  example: ID_BAD_REQUEST_EXAMPLE,
};

/** Goals ("quests", PRODUCT §1): a tree of goals with rolled-up progress and derived health. */
@ApiTags('goals')
@ApiTokenAuth()
@ApiInternalServerErrorResponse({ type: ApiErrorBodyDto, example: INTERNAL_ERROR_EXAMPLE })
@Controller('goals')
export class GoalsController {
  constructor(
    private readonly goals: GoalsService,
    private readonly commands: GoalCommands,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'A flat list of goals, filtered and sorted.',
    description:
      'Every goal carries its rolled-up progress, overdue/behind/stalled (computed for now in the ' +
      "user's time zone) and childCount. Filters combine (AND).",
  })
  @ApiGoalListQuery()
  @ApiOkResponse({ type: [GoalDto], example: [GOAL_EXAMPLE] })
  @ApiBadRequestResponse(badQuery)
  async list(
    @Query(new ZodQueryPipe(listGoalsQuerySchema)) query: ListGoalsQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendJson(res, await this.goals.listJson(query));
  }

  @Get('tree')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({ summary: 'Every goal, nested: roots with their children, recursively.' })
  @ApiSortQuery()
  @ApiOkResponse({ type: [GoalTreeNodeDto], example: TREE_EXAMPLE })
  @ApiBadRequestResponse(badQuery)
  async tree(
    @Query(new ZodQueryPipe(treeQuerySchema)) query: TreeQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendJson(res, await this.goals.treeJson(query));
  }

  @Get('dashboard')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'Counts and progress per domain, totals, health counts, goals due within 7 days.',
    description:
      "A domain's progress is the mean shown progress of its active and completed goals (0 when " +
      'it has none); paused and abandoned goals count in `total` only.',
  })
  @ApiOkResponse({ type: GoalDashboardDto, example: DASHBOARD_EXAMPLE })
  @ApiBadRequestResponse(badQuery)
  async dashboard(@Query(noQueryPipe) _query: object, @Res() res: Response): Promise<void> {
    sendJson(res, await this.goals.dashboardJson());
  }

  @Get(':id')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({ summary: 'One goal.' })
  @ApiGoalIdParam()
  @ApiOkResponse({ type: GoalDto, example: GOAL_EXAMPLE })
  @ApiBadRequestResponse(badId)
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, example: NOT_FOUND_EXAMPLES.id.value })
  get(@Param('id', idPipe) id: string, @Query(noQueryPipe) _query: object): Promise<Goal> {
    return this.goals.get(id);
  }

  @Post()
  @ApiOperation({
    summary: 'Creates a goal.',
    description:
      'Defaults: level daily, domain productivity, status active, progress 0. The title is ' +
      'trimmed. Announced as goals:changed {op: created}.',
  })
  @ApiBody({ type: CreateGoalRequestDto, examples: CREATE_GOAL_EXAMPLES })
  @ApiCreatedResponse({ type: GoalDto, example: GOAL_EXAMPLE })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, examples: BODY_BAD_REQUEST_EXAMPLES })
  @ApiNotFoundResponse({
    type: ApiErrorBodyDto,
    description: 'parentId names no goal.',
    example: NOT_FOUND_EXAMPLES.parentId.value,
  })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'The level is not finer than the parent\u2019s.',
    example: CONFLICT_EXAMPLES.level.value,
  })
  create(
    @Body(new ZodBodyPipe(createGoalSchema)) body: CreateGoalInput,
    @Query(noQueryPipe) _query: object,
  ): Promise<Goal> {
    return this.commands.create(body);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Changes any field of a goal, including its parent and level.',
    description:
      'Completing sets progress 100 and completedAt; leaving completed clears completedAt. ' +
      'Every accepted change counts as activity (updatedAt) and is announced as goals:changed ' +
      '{op: updated}.',
  })
  @ApiGoalIdParam()
  @ApiBody({ type: UpdateGoalRequestDto, examples: UPDATE_GOAL_EXAMPLES })
  @ApiOkResponse({ type: GoalDto, example: GOAL_EXAMPLE })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'Invalid id or body (also an empty body).',
    examples: {
      ...BODY_BAD_REQUEST_EXAMPLES,
      id: { summary: 'Bad id', value: ID_BAD_REQUEST_EXAMPLE },
    },
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, examples: NOT_FOUND_EXAMPLES })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'A cycle, or a level out of order with the parent or the children.',
    examples: CONFLICT_EXAMPLES,
  })
  update(
    @Param('id', idPipe) id: string,
    @Body(new ZodBodyPipe(updateGoalSchema)) body: UpdateGoalInput,
    @Query(noQueryPipe) _query: object,
  ): Promise<Goal> {
    return this.commands.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Deletes a goal; with ?cascade=true also every goal below it, in one transaction.',
    description: 'Announced once as goals:changed {op: deleted, ids: every deleted id}.',
  })
  @ApiGoalIdParam()
  @ApiCascadeQuery()
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiBadRequestResponse(badId)
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, example: NOT_FOUND_EXAMPLES.id.value })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'The goal has goals below it and cascade is not true; says how many.',
    example: CASCADE_CONFLICT_EXAMPLE,
  })
  async delete(
    @Param('id', idPipe) id: string,
    @Query(new ZodQueryPipe(deleteGoalQuerySchema)) query: { cascade: boolean },
  ): Promise<void> {
    await this.commands.delete(id, query.cascade);
  }
}

/**
 * Sends an already serialized body as JSON. Its own ETag spares Express hashing the body again and,
 * with `Cache-Control: no-cache`, lets a browser revalidate with If-None-Match (304, no body).
 */
function sendJson(res: Response, body: JsonBody): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('ETag', body.etag);
  res.send(body.buffer);
}
