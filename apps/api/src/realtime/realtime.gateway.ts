import { Logger } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  SOCKET_EVENTS,
  type BroadcastEnvelope,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@seraph/contracts';
import type { Server, Socket } from 'socket.io';
import { TokenVerifier } from '../auth/token-verifier';
import { APP_VERSION } from '../config/app-version';

export type SeraphServer = Server<ClientToServerEvents, ServerToClientEvents>;
export type SeraphSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** Message of the handshake error a client gets without a valid token. */
export const UNAUTHORIZED_SOCKET_MESSAGE = 'unauthorized';

/** Socket.IO at /socket.io on the api's port: greets each client and fans broadcasts out to all. */
@WebSocketGateway({ serveClient: false })
export class RealtimeGateway
  implements OnGatewayInit<SeraphServer>, OnGatewayConnection<SeraphSocket>
{
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  private readonly server!: SeraphServer;

  constructor(private readonly verifier: TokenVerifier) {}

  afterInit(server: SeraphServer): void {
    server.use((socket, next) => {
      const { headers, auth } = socket.handshake;
      const credentials = {
        authorization: headers.authorization,
        cookie: headers.cookie,
        token: (auth as { token?: unknown } | undefined)?.token,
      };
      if (this.verifier.isAuthorized(credentials)) return next();
      next(new Error(UNAUTHORIZED_SOCKET_MESSAGE));
    });
  }

  handleConnection(socket: SeraphSocket): void {
    socket.emit(SOCKET_EVENTS.serverHello, { version: APP_VERSION });
  }

  /** Sends one event to every connected socket. */
  broadcast(envelope: BroadcastEnvelope): void {
    // The envelope pairs event and payload correctly; socket.io's overloads cannot see the pairing.
    const emit = this.server.emit.bind(this.server) as (event: string, payload: unknown) => boolean;
    emit(envelope.event, envelope.payload);
    this.logger.debug({ event: envelope.event }, 'Relayed a broadcast');
  }
}
