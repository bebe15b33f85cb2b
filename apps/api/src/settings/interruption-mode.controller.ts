import { Body, Controller, Get, Header, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiInternalServerErrorResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { InterruptionModeResponse, SetInterruptionModeRequest } from '@seraph/contracts';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import { ZodBodyPipe } from '../http/zod-body.pipe';
import {
  InterruptionModeResponseDto,
  MODE_BAD_REQUEST_EXAMPLES,
  SetInterruptionModeRequestDto,
} from './settings.dto';
import { setInterruptionModeSchema } from './settings.schemas';
import { SettingsService } from './settings.service';

/** The interruption mode with what it means right now: today's budget and the user's state. */
@ApiTags('settings')
@ApiTokenAuth()
@ApiInternalServerErrorResponse({ type: ApiErrorBodyDto, example: INTERNAL_ERROR_EXAMPLE })
@Controller('settings/interruption-mode')
export class InterruptionModeController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "The interruption mode, today's remaining attention budget and the user state.",
    description:
      'The budget resets at midnight in the user’s time zone (settings.timezone) and whenever ' +
      'the mode changes. userState is `available` until the worker has computed one.',
  })
  @ApiOkResponse({
    type: InterruptionModeResponseDto,
    example: { mode: 'balanced', attentionBudgetRemaining: 3, userState: 'available' },
  })
  get(): Promise<InterruptionModeResponse> {
    return this.settings.getInterruptionMode();
  }

  @Put()
  @ApiOperation({
    summary: 'Sets the interruption mode.',
    description:
      "A different mode resets today's attention budget to its default (focus 0, balanced 5, " +
      'active 15) and is announced once as the socket event settings:changed; the same mode ' +
      'again changes nothing.',
  })
  @ApiBody({
    type: SetInterruptionModeRequestDto,
    examples: {
      focus: { summary: 'Focus: briefings and urgent alerts only', value: { mode: 'focus' } },
      active: { summary: 'Active: real-time coaching', value: { mode: 'active' } },
    },
  })
  @ApiOkResponse({
    type: InterruptionModeResponseDto,
    example: { mode: 'active', attentionBudgetRemaining: 15, userState: 'available' },
  })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'The body is not {"mode": "focus" | "balanced" | "active"}.',
    examples: MODE_BAD_REQUEST_EXAMPLES,
  })
  set(
    @Body(new ZodBodyPipe(setInterruptionModeSchema)) body: SetInterruptionModeRequest,
  ): Promise<InterruptionModeResponse> {
    return this.settings.setInterruptionMode(body.mode);
  }
}
