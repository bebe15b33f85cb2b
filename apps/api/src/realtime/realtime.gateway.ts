import { Inject, Logger } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  REDIS_KEYS,
  SOCKET_EVENTS,
  type BroadcastEnvelope,
  type BroadcastEvents,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@seraph/contracts';
import type Redis from 'ioredis';
import type { Server, Socket } from 'socket.io';
import { TokenVerifier } from '../auth/token-verifier';
import { APP_VERSION } from '../config/app-version';
import { PresenceService } from '../presence/presence.service';
import { REDIS_COMMANDS } from '../redis/redis.tokens';

export type SeraphServer = Server<ClientToServerEvents, ServerToClientEvents>;
export type SeraphSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** Message of the handshake error a client gets without a valid token. */
export const UNAUTHORIZED_SOCKET_MESSAGE = 'unauthorized';

/** The last broadcast state a newly connected socket gets at once, in this order, when stored. */
const GREETING_STATE: readonly { event: keyof BroadcastEvents; key: string }[] = [
  { event: SOCKET_EVENTS.ambient, key: REDIS_KEYS.ambient },
  { event: SOCKET_EVENTS.userState, key: REDIS_KEYS.userStatePayload },
  { event: SOCKET_EVENTS.calendarStatus, key: REDIS_KEYS.calendarStatus },
];

/**
 * Socket.IO at /socket.io on the api's port: greets each client (version, then the current
 * ambient, user and calendar state), fans broadcasts out to all and counts `activity` as an
 * interaction.
 */
@WebSocketGateway({ serveClient: false })
export class RealtimeGateway
  implements OnGatewayInit<SeraphServer>, OnGatewayConnection<SeraphSocket>
{
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  private readonly server!: SeraphServer;

  constructor(
    private readonly verifier: TokenVerifier,
    private readonly presence: PresenceService,
    @Inject(REDIS_COMMANDS) private readonly redis: Redis,
  ) {}

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

  async handleConnection(socket: SeraphSocket): Promise<void> {
    socket.emit(SOCKET_EVENTS.serverHello, { version: APP_VERSION });
    await this.sendCurrentState(socket);
  }

  /** The user is using the app (the web app sends it at most once a minute). */
  @SubscribeMessage(SOCKET_EVENTS.activity)
  async handleActivity(): Promise<void> {
    await this.presence.recordInteraction();
  }

  /** Sends one event to every connected socket. */
  broadcast(envelope: BroadcastEnvelope): void {
    // The envelope pairs event and payload correctly; socket.io's overloads cannot see the pairing.
    const emit = this.server.emit.bind(this.server) as (event: string, payload: unknown) => boolean;
    emit(envelope.event, envelope.payload);
    this.logger.debug({ event: envelope.event }, 'Relayed a broadcast');
  }

  /** The stored ambient, user_state and calendar:status payloads; a Redis outage skips them. */
  private async sendCurrentState(socket: SeraphSocket): Promise<void> {
    let values: (string | null)[];
    try {
      values = await this.redis.mget(...GREETING_STATE.map((state) => state.key));
    } catch (error) {
      this.logger.debug({ err: error }, 'Could not read the current state to greet a socket');
      return;
    }
    const emit = socket.emit.bind(socket) as (event: string, payload: unknown) => boolean;
    GREETING_STATE.forEach(({ event, key }, index) => {
      const payload = parseJson(values[index] ?? null);
      if (payload === undefined) {
        if (values[index] != null) this.logger.debug({ key }, 'Skipped a stored state: not JSON');
        return;
      }
      if (socket.connected) emit(event, payload);
    });
  }
}

function parseJson(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
