import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CALENDAR_SOURCES,
  CALENDAR_STATUSES,
  type CalendarEvent,
  type CalendarEventList,
  type CalendarSource,
  type CalendarStatus,
  type CalendarStatusResponse,
} from '@seraph/contracts';

// OpenAPI descriptions of the calendar contracts; the contracts themselves live in @seraph/contracts.

export class CalendarEventDto implements CalendarEvent {
  @ApiProperty({
    description: "Google's event id.",
    example: '7kq3b0d1r2s3t4u5v6w7x8y9z0_20260302T090000Z',
  })
  id!: string;

  @ApiProperty({ description: 'The title; "(no title)" when it has none.', example: 'Standup' })
  title!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:00:00.000Z' })
  start!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:15:00.000Z' })
  end!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Room 4' })
  location!: string | null;

  @ApiProperty({ example: 5 })
  attendeeCount!: number;

  @ApiProperty({
    description:
      "Google's own focusTime event, or a title such as Focus, Deep work, Do not disturb, DND, Heads down.",
    example: false,
  })
  focus!: boolean;

  @ApiProperty({ description: 'An all-day event (never makes the user busy).', example: false })
  allDay!: boolean;
}

export class CalendarEventListDto implements CalendarEventList {
  @ApiProperty({ type: CalendarEventDto, isArray: true })
  items!: CalendarEventDto[];
}

export class CalendarStatusDto implements CalendarStatusResponse {
  @ApiProperty({
    enum: CALENDAR_STATUSES,
    description:
      'not_configured: no Google credentials; ok: the last scan worked; error: Google refused (see message).',
    example: 'ok',
  })
  status!: CalendarStatus;

  @ApiProperty({
    enum: CALENDAR_SOURCES,
    description: 'env: GOOGLE_REFRESH_TOKEN; oauth: connected in Settings; none.',
    example: 'oauth',
  })
  source!: CalendarSource;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-03-02T09:00:00.000Z',
  })
  lastScanAt!: string | null;

  @ApiPropertyOptional({
    description: 'With status error: what went wrong, in words the user can act on.',
    example:
      'Google refused the saved permission (revoked or expired). Reconnect Google Calendar in Settings.',
  })
  message?: string;

  @ApiProperty({
    description:
      'GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and SECRET_KEY are set: Settings may offer "Connect".',
    example: true,
  })
  canConnect!: boolean;

  @ApiProperty({ description: 'Events cached by the last scan.', example: 4 })
  eventCount!: number;
}

export const CALENDAR_STATUS_EXAMPLE: CalendarStatusResponse = {
  status: 'ok',
  source: 'oauth',
  lastScanAt: '2026-03-02T09:00:00.000Z',
  canConnect: true,
  eventCount: 2,
};

export const CALENDAR_EVENTS_EXAMPLE: CalendarEventList = {
  items: [
    {
      id: '7kq3b0d1r2s3t4u5v6w7x8y9z0',
      title: 'Standup',
      start: '2026-03-02T09:00:00.000Z',
      end: '2026-03-02T09:15:00.000Z',
      location: 'Room 4',
      attendeeCount: 5,
      focus: false,
      allDay: false,
    },
    {
      id: 'f0cu5t1me',
      title: 'Focus time',
      start: '2026-03-02T10:00:00.000Z',
      end: '2026-03-02T12:00:00.000Z',
      location: null,
      attendeeCount: 0,
      focus: true,
      allDay: false,
    },
  ],
};
