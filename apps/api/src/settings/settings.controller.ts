import { Body, Controller, Get, Header, Patch } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiInternalServerErrorResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Settings, UpdateSettingsRequest } from '@seraph/contracts';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import { ZodBodyPipe } from '../http/zod-body.pipe';
import {
  SETTINGS_BAD_REQUEST_EXAMPLES,
  SETTINGS_EXAMPLE,
  SettingsDto,
  UPDATE_SETTINGS_EXAMPLES,
  UpdateSettingsRequestDto,
} from './settings.dto';
import { updateSettingsSchema } from './settings.schemas';
import { SettingsService } from './settings.service';

/** The user's settings: one document, read whole and changed field by field. */
@ApiTags('settings')
@ApiTokenAuth()
@ApiInternalServerErrorResponse({ type: ApiErrorBodyDto, example: INTERNAL_ERROR_EXAMPLE })
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'All settings.' })
  @ApiOkResponse({ type: SettingsDto, example: SETTINGS_EXAMPLE })
  get(): Promise<Settings> {
    return this.settings.get();
  }

  @Patch()
  @ApiOperation({
    summary: 'Changes the given settings and returns all of them.',
    description:
      'Send only the fields to change (at least one). A different interruptionMode resets ' +
      "today's attention budget to the mode's default. Every change is announced once to every " +
      'client as the socket event settings:changed, carrying all settings; setting values the ' +
      'settings already have changes nothing and announces nothing.',
  })
  @ApiBody({ type: UpdateSettingsRequestDto, examples: UPDATE_SETTINGS_EXAMPLES })
  @ApiOkResponse({ type: SettingsDto, example: SETTINGS_EXAMPLE })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description:
      'Not a JSON object, no field, an unknown field, a wrong enum, a time that is not HH:MM, an ' +
      'unknown time zone, or active hours that start when they end. `details` names each field.',
    examples: SETTINGS_BAD_REQUEST_EXAMPLES,
  })
  update(
    @Body(new ZodBodyPipe(updateSettingsSchema)) body: UpdateSettingsRequest,
  ): Promise<Settings> {
    return this.settings.update(body);
  }
}
