import { Module } from '@nestjs/common';
import { ChatStore } from './chat-store';
import { SessionsController } from './sessions.controller';

/** Chat sessions over HTTP; exports the store the chat gateway writes through. */
@Module({
  controllers: [SessionsController],
  providers: [ChatStore],
  exports: [ChatStore],
})
export class SessionsModule {}
