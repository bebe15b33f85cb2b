import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiErrorBody } from '@seraph/contracts';

// OpenAPI description of the one error shape every api error uses (see api-error.ts).

export class ApiErrorDetailDto {
  @ApiProperty({ description: 'The field (dotted path) or `body` when the whole body is wrong.' })
  field!: string;

  @ApiProperty({ description: 'The rule it breaks, as a phrase that completes the field name.' })
  rule!: string;
}

export class ApiErrorBodyDto implements ApiErrorBody {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ description: 'One sentence for people.' })
  message!: string;

  @ApiPropertyOptional({
    type: ApiErrorDetailDto,
    isArray: true,
    description: 'For invalid input: each offending field and the rule it breaks.',
  })
  details?: ApiErrorDetailDto[];
}
