import { canonicalTimeZone, MAX_TIME_ZONE_LENGTH, TIME_OF_DAY_PATTERN } from '@seraph/attention';
import {
  CONTEXT_WINDOW_STRATEGIES,
  INTERRUPTION_MODES,
  type SetInterruptionModeRequest,
  type UpdateSettingsRequest,
} from '@seraph/contracts';
import { z } from 'zod';

// Request bodies of the settings routes. Every rule has a message a person can act on; the
// ZodBodyPipe turns each failure into a `{field, rule}` detail of a 400.

const OBJECT_RULE = 'must be a JSON object';
export const NOT_EMPTY_RULE = `must name at least one setting`;
export const MODE_RULE = `must be one of ${INTERRUPTION_MODES.join(', ')}`;
export const STRATEGY_RULE = `must be one of ${CONTEXT_WINDOW_STRATEGIES.join(', ')}`;
export const TIME_RULE = 'must be a time HH:MM on a 24-hour clock, from 00:00 to 23:59';
export const TIMEZONE_RULE = 'must be an IANA time zone name such as Europe/Berlin or UTC';

/** "is required" when absent, else the field's own rule (also for null and wrong types). */
const ruleOrRequired = (rule: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : rule;

const mode = z.enum(INTERRUPTION_MODES, { error: ruleOrRequired(MODE_RULE) });

const timeOfDay = z.string({ error: TIME_RULE }).regex(TIME_OF_DAY_PATTERN, { error: TIME_RULE });

const timezone = z
  .string({ error: TIMEZONE_RULE })
  .max(MAX_TIME_ZONE_LENGTH, { error: TIMEZONE_RULE })
  .transform((value, ctx) => {
    const zone = canonicalTimeZone(value);
    if (zone === undefined) ctx.addIssue({ code: 'custom', message: TIMEZONE_RULE });
    return zone ?? z.NEVER;
  });

export const updateSettingsSchema = z
  .strictObject(
    {
      interruptionMode: z.enum(INTERRUPTION_MODES, { error: MODE_RULE }).optional(),
      contextWindowStrategy: z.enum(CONTEXT_WINDOW_STRATEGIES, { error: STRATEGY_RULE }).optional(),
      timezone: timezone.optional(),
      briefingTime: timeOfDay.optional(),
      reviewTime: timeOfDay.optional(),
      activeHoursStart: timeOfDay.optional(),
      activeHoursEnd: timeOfDay.optional(),
    },
    { error: OBJECT_RULE },
  )
  .refine((body) => Object.keys(body).length > 0, {
    error: NOT_EMPTY_RULE,
    // Only for a body that is otherwise fine: `{"theme": 1}` is about `theme`, not emptiness.
    when: (payload) => payload.issues.length === 0,
  });

export const setInterruptionModeSchema = z.strictObject({ mode }, { error: OBJECT_RULE });

// The schemas accept exactly the contract types (compile-time check, no runtime cost).
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _update: Exact<z.output<typeof updateSettingsSchema>, UpdateSettingsRequest> = true;
const _mode: Exact<z.output<typeof setInterruptionModeSchema>, SetInterruptionModeRequest> = true;
void _update;
void _mode;
