import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { toApiErrorBody } from './api-error';
import { noQueryPipe, wholeNumberParam, ZodParamPipe, ZodQueryPipe } from './zod-request.pipe';

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return toApiErrorBody(error);
  }
  throw new Error('the pipe accepted the value');
}

describe('noQueryPipe', () => {
  it('accepts an empty or absent query and names each parameter it is given', () => {
    expect(noQueryPipe.transform({})).toEqual({});
    expect(noQueryPipe.transform(undefined)).toEqual({});
    expect(refusal(() => noQueryPipe.transform({ a: '1', b: ['2', '3'] }))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The query is invalid: a is not a known field; b is not a known field',
      details: [
        { field: 'a', rule: 'is not a known field' },
        { field: 'b', rule: 'is not a known field' },
      ],
    });
  });
});

describe('wholeNumberParam', () => {
  const pipe = new ZodQueryPipe(z.strictObject({ limit: wholeNumberParam(100).default(20) }));
  const rule = 'must be a whole number from 1 to 100';

  it('turns the text into a number, with the default when absent', () => {
    expect(pipe.transform({ limit: '1' })).toEqual({ limit: 1 });
    expect(pipe.transform({ limit: '0100' })).toEqual({ limit: 100 });
    expect(pipe.transform({})).toEqual({ limit: 20 });
  });

  it.each([
    ['zero', '0'],
    ['past the maximum', '101'],
    ['past 2^53', '9'.repeat(30)],
    ['negative', '-1'],
    ['a fraction', '1.5'],
    ['empty', ''],
    ['a NUL byte', '\u0000'],
    ['repeated (an array)', ['1', '2']],
    ['nested (an object)', { a: '1' }],
  ])('refuses a value that is %s, naming the parameter and its rule', (_, limit) => {
    expect(refusal(() => pipe.transform({ limit }))).toMatchObject({
      statusCode: 400,
      message: `The query is invalid: limit ${rule}`,
      details: [{ field: 'limit', rule }],
    });
  });
});

describe('ZodParamPipe', () => {
  it('names the path parameter itself', () => {
    const pipe = new ZodParamPipe('id', z.guid({ error: 'must be a uuid' }));
    expect(pipe.transform('0c6f9d0e-3b4a-4e2f-8a1b-9d8c7e6f5a4b')).toBe(
      '0c6f9d0e-3b4a-4e2f-8a1b-9d8c7e6f5a4b',
    );
    expect(refusal(() => pipe.transform('x\u0000'))).toMatchObject({
      message: 'The path parameter id is invalid: id must be a uuid',
      details: [{ field: 'id', rule: 'must be a uuid' }],
    });
  });
});
