import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTEXT_WINDOW_STRATEGIES,
  DEFAULT_SETTINGS,
  INTERRUPTION_MODES,
  USER_STATES,
  type ContextWindowStrategy,
  type InterruptionMode,
  type InterruptionModeResponse,
  type SetInterruptionModeRequest,
  type Settings,
  type UpdateSettingsRequest,
  type UserState,
} from '@seraph/contracts';

// OpenAPI descriptions of the settings contracts; the contracts themselves live in @seraph/contracts.

const TIME = { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', format: 'HH:MM' } as const;
const MODE_DESCRIPTION =
  'focus: only scheduled briefings and urgent (urgency 5) alerts (budget 0 a day); balanced: ' +
  'smart timing, up to 5 nudges a day; active: real-time coaching, up to 15 a day.';

export class SettingsDto implements Settings {
  @ApiProperty({ enum: INTERRUPTION_MODES, description: MODE_DESCRIPTION, example: 'balanced' })
  interruptionMode!: InterruptionMode;

  @ApiProperty({
    enum: CONTEXT_WINDOW_STRATEGIES,
    description: 'fixed: the last 50 messages; adaptive: fit the model, summarising the middle.',
    example: 'adaptive',
  })
  contextWindowStrategy!: ContextWindowStrategy;

  @ApiProperty({
    description: 'IANA time-zone name; sets "today", local midnight and the schedules.',
    example: 'Europe/Berlin',
  })
  timezone!: string;

  @ApiProperty({ ...TIME, description: 'Daily briefing, local time.', example: '08:00' })
  briefingTime!: string;

  @ApiProperty({ ...TIME, description: 'Evening review, local time.', example: '21:00' })
  reviewTime!: string;

  @ApiProperty({ ...TIME, description: 'Start of the active hours.', example: '08:00' })
  activeHoursStart!: string;

  @ApiProperty({
    ...TIME,
    description: 'End of the active hours; earlier than the start means past midnight.',
    example: '22:00',
  })
  activeHoursEnd!: string;

  @ApiProperty({ format: 'date-time', example: '2025-06-01T09:30:00.000Z' })
  updatedAt!: string;
}

export class UpdateSettingsRequestDto implements UpdateSettingsRequest {
  @ApiPropertyOptional({
    enum: INTERRUPTION_MODES,
    description: `${MODE_DESCRIPTION} A different mode resets today's budget to its default.`,
  })
  interruptionMode?: InterruptionMode;

  @ApiPropertyOptional({ enum: CONTEXT_WINDOW_STRATEGIES })
  contextWindowStrategy?: ContextWindowStrategy;

  @ApiPropertyOptional({
    description: 'IANA time-zone name known to the server (Intl); offsets like +02:00 are refused.',
    example: 'Europe/Berlin',
  })
  timezone?: string;

  @ApiPropertyOptional({ ...TIME, example: '07:30' })
  briefingTime?: string;

  @ApiPropertyOptional({ ...TIME, example: '21:00' })
  reviewTime?: string;

  @ApiPropertyOptional({ ...TIME, description: 'Must differ from activeHoursEnd.' })
  activeHoursStart?: string;

  @ApiPropertyOptional({ ...TIME, description: 'Must differ from activeHoursStart.' })
  activeHoursEnd?: string;
}

export class SetInterruptionModeRequestDto implements SetInterruptionModeRequest {
  @ApiProperty({ enum: INTERRUPTION_MODES, description: MODE_DESCRIPTION, example: 'focus' })
  mode!: InterruptionMode;
}

export class InterruptionModeResponseDto implements InterruptionModeResponse {
  @ApiProperty({ enum: INTERRUPTION_MODES, example: 'balanced' })
  mode!: InterruptionMode;

  @ApiProperty({
    minimum: 0,
    example: 5,
    description:
      "Interruptions left today. Resets to the mode's daily budget (focus 0, balanced 5, " +
      'active 15) at midnight in the user’s time zone and whenever the mode changes.',
  })
  attentionBudgetRemaining!: number;

  @ApiProperty({
    enum: USER_STATES,
    example: 'available',
    description:
      'The user state the worker last computed, read from the Redis key seraph:user-state; ' +
      '`available` while it is missing or unreadable.',
  })
  userState!: UserState;
}

// Examples shown in the OpenAPI document.

export const SETTINGS_EXAMPLE: Settings = {
  ...DEFAULT_SETTINGS,
  updatedAt: '2025-06-01T09:30:00.000Z',
};

export const UPDATE_SETTINGS_EXAMPLES = {
  timezone: { summary: 'Move to Berlin time', value: { timezone: 'Europe/Berlin' } },
  schedule: {
    summary: 'Earlier briefing, evening hours',
    value: { briefingTime: '07:30', reviewTime: '20:45', activeHoursEnd: '21:00' },
  },
  mode: {
    summary: 'Active mode (budget resets to 15)',
    value: { interruptionMode: 'active', contextWindowStrategy: 'fixed' },
  },
} satisfies Record<string, { summary: string; value: UpdateSettingsRequest }>;

export const SETTINGS_BAD_REQUEST_EXAMPLES = {
  unknownField: {
    summary: 'A field settings do not have',
    value: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is invalid: theme is not a known field',
      details: [{ field: 'theme', rule: 'is not a known field' }],
    },
  },
  badValues: {
    summary: 'Wrong enum, time and time zone',
    value: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is invalid: …',
      details: [
        { field: 'interruptionMode', rule: 'must be one of focus, balanced, active' },
        {
          field: 'briefingTime',
          rule: 'must be a time HH:MM on a 24-hour clock, from 00:00 to 23:59',
        },
        { field: 'timezone', rule: 'must be an IANA time zone name such as Europe/Berlin or UTC' },
      ],
    },
  },
  empty: {
    summary: 'An empty object',
    value: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is invalid: body must name at least one setting',
      details: [{ field: 'body', rule: 'must name at least one setting' }],
    },
  },
  activeHours: {
    summary: 'Active hours that start when they end',
    value: {
      statusCode: 400,
      error: 'Bad Request',
      message:
        'The settings would be inconsistent: activeHoursEnd must differ from activeHoursStart',
      details: [{ field: 'activeHoursEnd', rule: 'must differ from activeHoursStart' }],
    },
  },
  malformed: {
    summary: 'A body that is not JSON (here: not json)',
    value: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Unexpected token \'n\', "not json" is not valid JSON',
    },
  },
};

export const MODE_BAD_REQUEST_EXAMPLES = {
  wrongMode: {
    summary: 'A mode that does not exist',
    value: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is invalid: mode must be one of focus, balanced, active',
      details: [{ field: 'mode', rule: 'must be one of focus, balanced, active' }],
    },
  },
  missing: {
    summary: 'No mode',
    value: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is invalid: mode is required',
      details: [{ field: 'mode', rule: 'is required' }],
    },
  },
};
