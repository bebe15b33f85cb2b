import {
  BadRequestException,
  HttpException,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { apiErrorBody, INTERNAL_ERROR_MESSAGE, toApiErrorBody } from './api-error';

describe('toApiErrorBody', () => {
  it('keeps the status and message of Nest HTTP exceptions', () => {
    expect(toApiErrorBody(new NotFoundException('Cannot GET /api/nope'))).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/nope',
    });
    expect(toApiErrorBody(new UnauthorizedException())).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Unauthorized',
    });
  });

  it('joins validation message lists and keeps field details', () => {
    expect(
      toApiErrorBody(new BadRequestException(['a is required', 'b is too long'])),
    ).toMatchObject({
      statusCode: 400,
      message: 'a is required; b is too long',
    });
    const details = [{ field: 'token', rule: 'must be a string' }];
    expect(toApiErrorBody(new BadRequestException(apiErrorBody(400, 'bad body', details)))).toEqual(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'bad body',
        details,
      },
    );
  });

  it('accepts a plain string response', () => {
    expect(toApiErrorBody(new HttpException('slow down', 429))).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'slow down',
    });
  });

  it('keeps the status of client errors from body parsing (too large, bad charset)', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), {
      status: 413,
      expose: true,
    });
    expect(toApiErrorBody(tooLarge)).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('turns anything unexpected into a 500 that reveals nothing', () => {
    const body = toApiErrorBody(new Error('password authentication failed for user "admin"'));
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: INTERNAL_ERROR_MESSAGE,
    });
    expect(toApiErrorBody('a string')).toMatchObject({ statusCode: 500 });
    expect(toApiErrorBody(Object.assign(new Error('x'), { status: 503 }))).toMatchObject({
      statusCode: 500,
    });
  });
});
