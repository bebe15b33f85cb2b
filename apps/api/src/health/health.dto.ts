import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  READINESS_DEPENDENCIES,
  type DependencyHealth,
  type LivenessResponse,
  type ReadinessDependency,
  type ReadinessResponse,
} from '@seraph/contracts';

// OpenAPI descriptions of the health contracts; the contracts themselves live in @seraph/contracts.

export class LivenessResponseDto implements LivenessResponse {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}

export class DependencyHealthDto implements DependencyHealth {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiPropertyOptional({ description: 'Why the dependency is down.' })
  message?: string;
}

export class ReadinessDetailsDto implements Record<ReadinessDependency, DependencyHealth> {
  @ApiProperty({ type: DependencyHealthDto })
  postgres!: DependencyHealthDto;

  @ApiProperty({ type: DependencyHealthDto })
  redis!: DependencyHealthDto;
}

export class ReadinessResponseDto implements ReadinessResponse {
  @ApiProperty({ enum: ['ok', 'error'] })
  status!: 'ok' | 'error';

  @ApiProperty({
    enum: READINESS_DEPENDENCIES,
    isArray: true,
    description: 'Dependencies that are down.',
  })
  failing!: ReadinessDependency[];

  @ApiProperty({ type: ReadinessDetailsDto })
  details!: ReadinessDetailsDto;
}
