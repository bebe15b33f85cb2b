import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { toApiErrorBody } from './api-error';
import { UNKNOWN_FIELD_RULE, ZodBodyPipe } from './zod-body.pipe';

const pipe = new ZodBodyPipe(
  z.strictObject({
    name: z.string({ error: 'must be a string' }),
    nested: z.strictObject({ level: z.number({ error: 'must be a number' }) }).optional(),
  }),
);

function refusal(value: unknown) {
  try {
    pipe.transform(value);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return toApiErrorBody(error);
  }
  throw new Error('the pipe accepted the value');
}

describe('ZodBodyPipe', () => {
  it('passes a valid body through', () => {
    expect(pipe.transform({ name: 'x' })).toEqual({ name: 'x' });
  });

  it('names each unknown field on its own, nested ones by their dotted path', () => {
    const { details } = refusal({ name: 'x', a: 1, b: 2, nested: { level: 1, c: 3 } });
    expect(details).toHaveLength(3);
    expect(details).toEqual(
      expect.arrayContaining([
        { field: 'a', rule: UNKNOWN_FIELD_RULE },
        { field: 'b', rule: UNKNOWN_FIELD_RULE },
        { field: 'nested.c', rule: UNKNOWN_FIELD_RULE },
      ]),
    );
  });

  it('names wrong fields with their rule and the body itself when it is not an object', () => {
    expect(refusal({ name: 1, nested: { level: 'x' } })).toMatchObject({
      statusCode: 400,
      message: 'The request body is invalid: name must be a string; nested.level must be a number',
      details: [
        { field: 'name', rule: 'must be a string' },
        { field: 'nested.level', rule: 'must be a number' },
      ],
    });
    expect(refusal([]).details).toEqual([{ field: 'body', rule: expect.any(String) }]);
  });
});
