import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { CHAT_EVENTS } from '@seraph/contracts';
import { PresenceService } from '../presence/presence.service';
import type { SeraphSocket } from '../realtime/realtime.gateway';
import { ChatService } from './chat.service';

/**
 * `chat:send` on the api's one Socket.IO server (the realtime gateway's token check applies).
 * Every event of the turn goes back to the sending socket only.
 */
@WebSocketGateway({ serveClient: false })
export class ChatGateway {
  constructor(
    private readonly chat: ChatService,
    private readonly presence: PresenceService,
  ) {}

  @SubscribeMessage(CHAT_EVENTS.send)
  handleSend(@ConnectedSocket() socket: SeraphSocket, @MessageBody() payload: unknown): void {
    void this.presence.recordInteraction();
    void this.chat.send(payload, (event, body) => {
      (socket.emit as (e: string, p: unknown) => boolean)(event, body);
    });
  }
}
