import { applyDecorators } from '@nestjs/common';
import { ApiParam, ApiQuery } from '@nestjs/swagger';
import {
  GOAL_DOMAINS,
  GOAL_HEALTH_FLAGS,
  GOAL_LEVELS,
  GOAL_SORT_FIELDS,
  GOAL_STATUSES,
  SORT_ORDERS,
} from '@seraph/contracts';
import { GOAL_EXAMPLE } from './goal.examples';
import { QUERY_TEXT_MAX_CHARS } from './goal.schemas';

// OpenAPI descriptions of the goal path and query parameters (validated by goal.schemas).

const oneOf = (values: readonly string[], example: string, extra: object = {}) => ({
  type: 'string' as const,
  enum: [...values],
  example,
  ...extra,
});

export function ApiGoalIdParam(): MethodDecorator {
  return ApiParam({
    name: 'id',
    description: 'The goal id (a uuid; anything else is a 400).',
    schema: { type: 'string', format: 'uuid', example: GOAL_EXAMPLE.id },
  });
}

/** `sort` and `order`, shared by the list and the tree. */
export function ApiSortQuery(): MethodDecorator {
  return applyDecorators(
    ApiQuery({
      name: 'sort',
      required: false,
      description:
        'created (default), due (goals without a due date last), progress (shown) or title.',
      schema: oneOf(GOAL_SORT_FIELDS, 'due', { default: 'created' }),
    }),
    ApiQuery({
      name: 'order',
      required: false,
      description: 'asc (default) or desc; ties fall back to creation order, likewise reversed.',
      schema: oneOf(SORT_ORDERS, 'desc', { default: 'asc' }),
    }),
  );
}

export function ApiGoalListQuery(): MethodDecorator {
  return applyDecorators(
    ApiQuery({
      name: 'q',
      required: false,
      description: `Text the title or notes contain, any case (at most ${QUERY_TEXT_MAX_CHARS} characters).`,
      schema: { type: 'string', maxLength: QUERY_TEXT_MAX_CHARS, example: 'marathon' },
    }),
    ApiQuery({ name: 'level', required: false, schema: oneOf(GOAL_LEVELS, 'weekly') }),
    ApiQuery({ name: 'domain', required: false, schema: oneOf(GOAL_DOMAINS, 'health') }),
    ApiQuery({
      name: 'status',
      required: false,
      description: 'A stored status, or a derived one: overdue, behind, stalled.',
      schema: oneOf([...GOAL_STATUSES, ...GOAL_HEALTH_FLAGS], 'behind'),
    }),
    ApiQuery({
      name: 'parentId',
      required: false,
      description: 'Only the direct children of this goal (none when it does not exist).',
      schema: { type: 'string', format: 'uuid', example: GOAL_EXAMPLE.id },
    }),
    ApiSortQuery(),
  );
}

export function ApiCascadeQuery(): MethodDecorator {
  return ApiQuery({
    name: 'cascade',
    required: false,
    description: 'true deletes every goal below this one too; without it such a delete is a 409.',
    schema: oneOf(['true', 'false'], 'true', { default: 'false' }),
  });
}
