import type { ClientToServerEvents, ServerToClientEvents } from '@seraph/contracts';
import { io, type Socket, type SocketOptions, type ManagerOptions } from 'socket.io-client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real Socket.IO client that does not reconnect, so a refusal stays visible. */
export function connectSocket(
  url: string,
  options: Partial<ManagerOptions & SocketOptions> = {},
): TestSocket {
  return io(url, { transports: ['websocket'], reconnection: false, forceNew: true, ...options });
}

/** Resolves on connect, rejects with the handshake error (e.g. "unauthorized"). */
export function whenConnected(socket: TestSocket, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket did not connect in time')), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The next payload of `event`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${event} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    };
    (socket.once as (e: string, l: (p: unknown) => void) => void)(
      event,
      listener as (p: unknown) => void,
    );
  });
}
