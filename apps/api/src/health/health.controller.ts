import { Controller, Get, Header, Logger, Res, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
} from '@nestjs/terminus';
import type { LivenessResponse, ReadinessResponse } from '@seraph/contracts';
import type { Response } from 'express';
import { LivenessResponseDto, ReadinessResponseDto } from './health.dto';
import { toReadinessResponse } from './readiness.mapper';
import { RedisHealthIndicator } from './redis.health';

export const POSTGRES_PING_TIMEOUT_MS = 1500;
export const REDIS_PING_TIMEOUT_MS = 1000;

/** Probes for orchestrators and `npm start`; open even when a token is required. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Liveness: the process answers HTTP (no dependency is contacted).' })
  @ApiOkResponse({ type: LivenessResponseDto })
  live(): LivenessResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Readiness: PostgreSQL and Redis both answer.' })
  @ApiOkResponse({ type: ReadinessResponseDto, description: 'Every dependency is up.' })
  @ApiServiceUnavailableResponse({
    type: ReadinessResponseDto,
    description: 'Some dependency is down.',
  })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessResponse> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.postgres.pingCheck('postgres', { timeout: POSTGRES_PING_TIMEOUT_MS }),
        () => this.redis.pingCheck('redis', REDIS_PING_TIMEOUT_MS),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
    }
    const body = toReadinessResponse(result);
    if (body.status !== 'ok') {
      res.status(503);
      this.logger.warn({ failing: body.failing, details: body.details }, 'Not ready');
    }
    return body;
  }
}
