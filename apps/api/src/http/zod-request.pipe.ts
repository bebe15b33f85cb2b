import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { apiErrorBody } from './api-error';

/** How an unknown field of a strict object is named in `details` (each one on its own). */
export const UNKNOWN_FIELD_RULE = 'is not a known field';

/** Validates a request's query string; a mismatch is a 400 naming each parameter and rule. */
export class ZodQueryPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    return parseOrThrow(this.schema, value ?? {}, 'query', 'The query is invalid');
  }
}

/** The query of a route that takes no parameters: any parameter is a 400 naming it. */
export const noQueryPipe = new ZodQueryPipe(z.strictObject({}));

/**
 * A query parameter holding a whole number from 1 to `max` (`?limit=20`). A repeated parameter
 * (an array), a sign, a fraction or a number past `max` breaks the same rule.
 */
export function wholeNumberParam(max: number) {
  const rule = { error: `must be a whole number from 1 to ${max}` };
  return z
    .string(rule)
    .regex(/^\d+$/, rule)
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, rule);
}

/** Validates one path parameter (`@Param('id', new ZodParamPipe('id', z.guid()))`). */
export class ZodParamPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly name: string,
    private readonly schema: S,
  ) {}

  transform(value: unknown): z.output<S> {
    return parseOrThrow(
      this.schema,
      value,
      this.name,
      `The path parameter ${this.name} is invalid`,
    );
  }
}

/** Parses `value`; a mismatch is a 400 whose details name each field (dotted, or `root`) and rule. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root: string,
  lead: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.flatMap((issue) => toDetails(issue, root));
  const summary = details.map((d) => `${d.field} ${d.rule}`).join('; ');
  throw new BadRequestException(apiErrorBody(400, `${lead}: ${summary}`, details));
}

function toDetails(issue: z.core.$ZodIssue, root: string): { field: string; rule: string }[] {
  const at = (path: readonly PropertyKey[]) =>
    path.length > 0 ? path.map(String).join('.') : root;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: at([...issue.path, key]), rule: UNKNOWN_FIELD_RULE }));
  }
  return [{ field: at(issue.path), rule: issue.message }];
}
