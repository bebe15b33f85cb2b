import { ApiProperty } from '@nestjs/swagger';
import type { AuthSessionResponse } from '@seraph/contracts';
import { z } from 'zod';

export const loginRequestSchema = z.object(
  {
    token: z
      .string({ error: 'must be a string' })
      .min(1, { error: 'must not be empty' })
      .max(1024, { error: 'must be at most 1024 characters' }),
  },
  { error: 'must be a JSON object like {"token": "…"}' },
);
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export class LoginRequestDto implements LoginRequest {
  @ApiProperty({ description: 'The SERAPH_API_TOKEN the api was started with.' })
  token!: string;
}

export type { AuthSessionResponse };

export class AuthSessionResponseDto implements AuthSessionResponse {
  @ApiProperty({ description: 'The api was started with SERAPH_API_TOKEN.' })
  authRequired!: boolean;

  @ApiProperty({
    description: 'This request carries a valid token (always true when none is required).',
  })
  authenticated!: boolean;
}

export class AuthenticatedResponseDto {
  @ApiProperty()
  authenticated!: boolean;
}
