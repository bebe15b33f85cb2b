import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { parseOrThrow } from './zod-request.pipe';

export { UNKNOWN_FIELD_RULE } from './zod-request.pipe';

/**
 * Validates a request body with a zod schema; a mismatch is a 400 listing each field and rule.
 * Each field a strict object does not know is listed by its own name ("is not a known field").
 */
export class ZodBodyPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    return parseOrThrow(this.schema, value, 'body', 'The request body is invalid');
  }
}
