import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { apiErrorBody } from './api-error';

/** Validates a request body with a zod schema; a mismatch is a 400 listing each field and rule. */
export class ZodBodyPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const details = result.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.join('.') : 'body',
      rule: issue.message,
    }));
    const summary = details.map((d) => `${d.field} ${d.rule}`).join('; ');
    throw new BadRequestException(
      apiErrorBody(400, `The request body is invalid: ${summary}`, details),
    );
  }
}
