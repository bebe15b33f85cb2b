import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHAT_ROLES,
  type ChatMessage,
  type ChatMessagePage,
  type ChatRole,
  type ChatSession,
  type ChatToolCall,
  type ChatUsage,
} from '@seraph/contracts';

// OpenAPI descriptions of the chat session responses; the contracts live in @seraph/contracts.

export class ChatSessionDto implements ChatSession {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ maxLength: 200, example: 'Plan my marathon training' })
  title!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Last message or rename.' })
  updatedAt!: string;
}

export class CreateChatSessionRequestDto {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Optional; without it the first message names the session.',
  })
  title?: string;
}

export class UpdateChatSessionRequestDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  title!: string;
}

class ChatToolCallDto implements ChatToolCall {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'create_goal' }) name!: string;
  @ApiProperty({ description: 'JSON text', example: '{"title":"Run 5 km"}' }) arguments!: string;
}

class ChatUsageDto implements ChatUsage {
  @ApiProperty() inputTokens!: number;
  @ApiProperty() outputTokens!: number;
}

export class ChatMessageDto implements ChatMessage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: CHAT_ROLES }) role!: ChatRole;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ type: [ChatToolCallDto] }) toolCalls?: ChatToolCall[];
  @ApiPropertyOptional() toolCallId?: string;
  @ApiPropertyOptional() toolName?: string;
  @ApiPropertyOptional({ type: ChatUsageDto }) usage?: ChatUsage;
  @ApiPropertyOptional() timedOut?: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ChatMessagePageDto implements ChatMessagePage {
  @ApiProperty({ type: [ChatMessageDto], description: 'Newest first.' })
  items!: ChatMessage[];

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Pass as `before` for the next (older) page; null on the last page.',
  })
  nextBefore!: string | null;
}
