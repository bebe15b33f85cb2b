import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiInternalServerErrorResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { ChatMessagePage, ChatSession } from '@seraph/contracts';
import { ApiTokenAuth } from '../auth/api-token-auth.decorator';
import { ApiErrorBodyDto } from '../http/api-error.dto';
import { apiErrorBody } from '../http/api-error';
import { INTERNAL_ERROR_EXAMPLE } from '../http/api-error.examples';
import { ZodBodyPipe } from '../http/zod-body.pipe';
import { noQueryPipe, ZodParamPipe, ZodQueryPipe } from '../http/zod-request.pipe';
import { ChatStore } from './chat-store';
import {
  ChatMessagePageDto,
  ChatSessionDto,
  CreateChatSessionRequestDto,
  UpdateChatSessionRequestDto,
} from './sessions.dto';
import {
  createSessionSchema,
  MESSAGES_PAGE_DEFAULT,
  MESSAGES_PAGE_MAX,
  messagesQuerySchema,
  sessionIdSchema,
  updateSessionSchema,
  type CreateSessionInput,
  type MessagesQuery,
  type UpdateSessionInput,
} from './sessions.schemas';

const idPipe = new ZodParamPipe('id', sessionIdSchema);
const badRequest = { type: ApiErrorBodyDto, description: 'Invalid id, body or query.' };
const notFound = { type: ApiErrorBodyDto, description: 'No session has this id.' };
const IdParam = () => ApiParam({ name: 'id', format: 'uuid', description: 'Session id' });

export function sessionNotFound(id: string): NotFoundException {
  return new NotFoundException(
    apiErrorBody(404, `No chat session has id ${id}`, [
      { field: 'id', rule: 'must be the id of an existing session' },
    ]),
  );
}

/** Chat sessions and their stored messages (PRODUCT §4); chatting itself is over Socket.IO. */
@ApiTags('chat')
@ApiTokenAuth()
@ApiInternalServerErrorResponse({ type: ApiErrorBodyDto, example: INTERNAL_ERROR_EXAMPLE })
@Controller('sessions')
export class SessionsController {
  constructor(private readonly store: ChatStore) {}

  @Get()
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({ summary: 'Every chat session, most recently active first.' })
  @ApiOkResponse({ type: [ChatSessionDto] })
  @ApiBadRequestResponse(badRequest)
  list(@Query(noQueryPipe) _query: object): Promise<ChatSession[]> {
    return this.store.listSessions();
  }

  @Post()
  @ApiOperation({
    summary: 'Starts an empty session.',
    description: 'Without a title it is called "New chat" until its first message names it.',
  })
  @ApiBody({ type: CreateChatSessionRequestDto })
  @ApiCreatedResponse({ type: ChatSessionDto })
  @ApiBadRequestResponse(badRequest)
  create(
    @Body(new ZodBodyPipe(createSessionSchema)) body: CreateSessionInput,
    @Query(noQueryPipe) _query: object,
  ): Promise<ChatSession> {
    return this.store.createSession(body.title ?? NEW_SESSION_TITLE);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Renames a session.' })
  @IdParam()
  @ApiBody({ type: UpdateChatSessionRequestDto })
  @ApiOkResponse({ type: ChatSessionDto })
  @ApiBadRequestResponse(badRequest)
  @ApiNotFoundResponse(notFound)
  async rename(
    @Param('id', idPipe) id: string,
    @Body(new ZodBodyPipe(updateSessionSchema)) body: UpdateSessionInput,
    @Query(noQueryPipe) _query: object,
  ): Promise<ChatSession> {
    const session = await this.store.renameSession(id, body.title);
    if (!session) throw sessionNotFound(id);
    return session;
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Deletes a session with its messages and summaries.' })
  @IdParam()
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiBadRequestResponse(badRequest)
  @ApiNotFoundResponse(notFound)
  async remove(@Param('id', idPipe) id: string, @Query(noQueryPipe) _query: object): Promise<void> {
    if (!(await this.store.deleteSession(id))) throw sessionNotFound(id);
  }

  @Get(':id/messages')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'Messages of a session, newest first, one page at a time.',
    description:
      'Includes tool calls and tool results (role tool). For older messages pass the ' +
      'response\u2019s nextBefore as `before`.',
  })
  @IdParam()
  @ApiQuery({ name: 'before', required: false, description: 'A message id: only older messages.' })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `1\u2013${MESSAGES_PAGE_MAX}, default ${MESSAGES_PAGE_DEFAULT}`,
  })
  @ApiOkResponse({ type: ChatMessagePageDto })
  @ApiBadRequestResponse(badRequest)
  @ApiNotFoundResponse({
    type: ApiErrorBodyDto,
    description: 'Unknown session or `before` message.',
  })
  async messages(
    @Param('id', idPipe) id: string,
    @Query(new ZodQueryPipe(messagesQuerySchema)) query: MessagesQuery,
  ): Promise<ChatMessagePage> {
    if (!(await this.store.findSession(id))) throw sessionNotFound(id);
    const page = await this.store.page(id, query.before, query.limit);
    if (!page) {
      throw new NotFoundException(
        apiErrorBody(404, `No message of this session has id ${query.before}`, [
          { field: 'before', rule: 'must be the id of a message of this session' },
        ]),
      );
    }
    return page;
  }
}

export const NEW_SESSION_TITLE = 'New chat';
