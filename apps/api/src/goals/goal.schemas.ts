import {
  GOAL_DOMAINS,
  GOAL_HEALTH_FLAGS,
  GOAL_LEVELS,
  GOAL_SORT_FIELDS,
  GOAL_STATUSES,
  SORT_ORDERS,
} from '@seraph/contracts';
import { z } from 'zod';

export const TITLE_MAX_CHARS = 200;
export const NOTES_MAX_CHARS = 5000;
export const QUERY_TEXT_MAX_CHARS = 200;

const oneOf = (values: readonly string[]) => ({ error: `must be one of ${values.join(', ')}` });
/** Characters as PostgreSQL counts them (code points), so an emoji is one, as the user sees it. */
const chars = (text: string) => [...text].length;

// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate would be stored as U+FFFD.
const wellFormed = { error: 'must be valid Unicode text' };
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isWellFormed = (text: string) => !LONE_SURROGATE.test(text);

const title = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .refine((text) => chars(text) <= TITLE_MAX_CHARS, {
    error: `must be at most ${TITLE_MAX_CHARS} characters`,
  })
  .refine(isWellFormed, wellFormed)
  .refine((text) => !CONTROL_CHARS.test(text), {
    error: 'must not contain control characters such as line breaks',
  });

/** Blank notes are stored as none. */
const notes = z
  .string({ error: 'must be a string or null' })
  .refine((text) => chars(text) <= NOTES_MAX_CHARS, {
    error: `must be at most ${NOTES_MAX_CHARS} characters`,
  })
  .refine((text) => isWellFormed(text) && !text.includes('\u0000'), wellFormed)
  .nullable()
  .transform((text) => (text === null || text.trim() === '' ? null : text));

const uuid = (what: string) => z.guid({ error: `must be a uuid${what}` });

/** A real calendar date (2026-02-30 is refused); year 0000 does not exist in PostgreSQL. */
const dueDate = z.iso
  .date({ error: 'must be a calendar date YYYY-MM-DD or null' })
  .refine((date) => !date.startsWith('0000'), { error: 'must be a date from year 0001 on' })
  .nullable();

const progressRule = { error: 'must be an integer from 0 to 100' };
const progress = z
  .number(progressRule)
  .int(progressRule)
  .min(0, progressRule)
  .max(100, progressRule);

const level = z.enum(GOAL_LEVELS, oneOf(GOAL_LEVELS));
const domain = z.enum(GOAL_DOMAINS, oneOf(GOAL_DOMAINS));
const status = z.enum(GOAL_STATUSES, oneOf(GOAL_STATUSES));
const body = { error: 'must be a JSON object' };

export const createGoalSchema = z.strictObject(
  {
    title,
    notes: notes.optional(),
    level: level.optional(),
    domain: domain.optional(),
    status: status.optional(),
    parentId: uuid(' or null').nullable().optional(),
    dueDate: dueDate.optional(),
    progress: progress.optional(),
  },
  body,
);
export type CreateGoalInput = z.output<typeof createGoalSchema>;

export const updateGoalSchema = z
  .strictObject(
    {
      title: title.optional(),
      notes: notes.optional(),
      level: level.optional(),
      domain: domain.optional(),
      status: status.optional(),
      parentId: uuid(' or null').nullable().optional(),
      dueDate: dueDate.optional(),
      progress: progress.optional(),
    },
    body,
  )
  .refine((patch) => Object.keys(patch).length > 0, { error: 'must change at least one field' });
export type UpdateGoalInput = z.output<typeof updateGoalSchema>;

export const goalIdSchema = uuid('');

const sort = z.enum(GOAL_SORT_FIELDS, oneOf(GOAL_SORT_FIELDS)).default('created');
const order = z.enum(SORT_ORDERS, oneOf(SORT_ORDERS)).default('asc');
const STATUS_FILTERS = [...GOAL_STATUSES, ...GOAL_HEALTH_FLAGS] as const;

export const listGoalsQuerySchema = z.strictObject({
  q: z
    .string({ error: 'must be a single string' })
    .trim()
    .max(QUERY_TEXT_MAX_CHARS, { error: `must be at most ${QUERY_TEXT_MAX_CHARS} characters` })
    .optional(),
  level: level.optional(),
  domain: domain.optional(),
  status: z.enum(STATUS_FILTERS, oneOf(STATUS_FILTERS)).optional(),
  parentId: uuid('').optional(),
  sort,
  order,
});
export type ListGoalsQuery = z.output<typeof listGoalsQuerySchema>;

export const treeQuerySchema = z.strictObject({ sort, order });
export type TreeQuery = z.output<typeof treeQuerySchema>;

export const deleteGoalQuerySchema = z.strictObject({
  cascade: z
    .enum(['true', 'false'], oneOf(['true', 'false']))
    .optional()
    .transform((value) => value === 'true'),
});
