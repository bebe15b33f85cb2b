import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { apiErrorBody } from './api-error';
import { UNKNOWN_FIELD_RULE } from './zod-body.pipe';

/** Validates a request's query string; a mismatch is a 400 naming each parameter and rule. */
export class ZodQueryPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    return parseOrThrow(this.schema, value ?? {}, 'query', 'The query is invalid');
  }
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

function parseOrThrow<S extends z.ZodType>(
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
