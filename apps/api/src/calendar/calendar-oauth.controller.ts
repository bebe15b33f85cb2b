import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiFoundResponse,
  ApiInternalServerErrorResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import { CalendarService } from './calendar.service';

const CONNECT_CONFLICT_EXAMPLE = {
  statusCode: 409,
  error: 'Conflict',
  message:
    'Connecting Google Calendar needs GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, SECRET_KEY set on the server; see "Google Calendar" in the README.',
};

/** The OAuth round trip to Google: Settings opens `start`, Google sends the browser to `callback`. */
@ApiTags('calendar')
@ApiInternalServerErrorResponse({ type: ApiErrorBodyDto, example: INTERNAL_ERROR_EXAMPLE })
@Controller('calendar/oauth')
export class CalendarOAuthController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('start')
  @ApiTokenAuth()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "Redirects the browser to Google's consent page (read-only calendar access).",
    description:
      'Open it as a page, not with fetch. Asks for https://www.googleapis.com/auth/calendar.readonly ' +
      'with access_type=offline and prompt=consent, and a one-time state valid for 10 minutes. ' +
      'Google then redirects to <PUBLIC_URL>/api/calendar/oauth/callback.',
  })
  @ApiFoundResponse({ description: "Location: Google's consent page." })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description:
      'GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET or SECRET_KEY is not set; the message names them.',
    example: CONNECT_CONFLICT_EXAMPLE,
  })
  async start(@Res() res: Response): Promise<void> {
    res.redirect(302, await this.calendar.startConnect());
  }

  @Get('callback')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Where Google sends the browser back after consent (register this URL at Google).',
    description:
      'Checks the one-time state, exchanges the code, saves the refresh token encrypted ' +
      '(AES-256-GCM with SECRET_KEY), announces calendar:status and asks the worker for a scan. ' +
      'Redirects to /?calendar=connected, or /?calendar=error&message=… when Google refused or ' +
      'the state is unknown. Needs no api token: the state proves the request.',
  })
  @ApiFoundResponse({ description: 'Location: /?calendar=connected or /?calendar=error&message=…' })
  async callback(
    @Query('code') code: string | undefined,
    @Query('state') state: string | undefined,
    @Query('error') error: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const outcome = await this.calendar.finishConnect({
      code: typeof code === 'string' ? code : undefined,
      state: typeof state === 'string' ? state : undefined,
      error: typeof error === 'string' ? error : undefined,
    });
    const target = outcome.ok
      ? '/?calendar=connected'
      : `/?${new URLSearchParams({ calendar: 'error', message: outcome.message }).toString()}`;
    res.redirect(302, target);
  }
}
