import { Controller, Delete, Get, Header, HttpCode } from '@nestjs/common';
import {
  ApiInternalServerErrorResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { CalendarEventList, CalendarStatusResponse } from '@seraph/contracts';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import {
  CALENDAR_EVENTS_EXAMPLE,
  CALENDAR_STATUS_EXAMPLE,
  CalendarEventListDto,
  CalendarStatusDto,
} from './calendar.dto';
import { CalendarService } from './calendar.service';

/** Google Calendar: connection status, the cached events, disconnecting. */
@ApiTags('calendar')
@ApiTokenAuth()
@ApiInternalServerErrorResponse({ type: ApiErrorBodyDto, example: INTERNAL_ERROR_EXAMPLE })
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('status')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Whether Google Calendar is connected, and how the last scan went.',
    description:
      'The worker scans every CALENDAR_SCAN_INTERVAL_MIN minutes and announces each outcome as the ' +
      'socket event calendar:status.',
  })
  @ApiOkResponse({ type: CalendarStatusDto, example: CALENDAR_STATUS_EXAMPLE })
  status(): Promise<CalendarStatusResponse> {
    return this.calendar.status();
  }

  @Get('events')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Cached events overlapping now … now + 24 h, soonest first.',
    description: 'From the last scan; empty when the calendar is not connected.',
  })
  @ApiOkResponse({ type: CalendarEventListDto, example: CALENDAR_EVENTS_EXAMPLE })
  async events(): Promise<CalendarEventList> {
    return { items: await this.calendar.events() };
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Disconnects Google Calendar: forgets the saved permission and the cached events.',
    description:
      'A GOOGLE_REFRESH_TOKEN set in the environment stays in use; remove it there. To withdraw ' +
      "Seraph's access at Google as well, use https://myaccount.google.com/permissions.",
  })
  @ApiNoContentResponse({ description: 'Disconnected (also when nothing was connected).' })
  async disconnect(): Promise<void> {
    await this.calendar.disconnect();
  }
}
