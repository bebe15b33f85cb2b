import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { apiErrorBody } from './api-error';

/**
 * Validates a request body with a zod schema; a mismatch is a 400 listing each field and rule.
 * Each field a strict object does not know is listed by its own name ("is not a known field").
 */
export class ZodBodyPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const details = result.error.issues.flatMap(toDetails);
    const summary = details.map((d) => `${d.field} ${d.rule}`).join('; ');
    throw new BadRequestException(
      apiErrorBody(400, `The request body is invalid: ${summary}`, details),
    );
  }
}

export const UNKNOWN_FIELD_RULE = 'is not a known field';

function toDetails(issue: z.core.$ZodIssue): { field: string; rule: string }[] {
  const at = (path: readonly PropertyKey[]) =>
    path.length > 0 ? path.map(String).join('.') : 'body';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: at([...issue.path, key]), rule: UNKNOWN_FIELD_RULE }));
  }
  return [{ field: at(issue.path), rule: issue.message }];
}
