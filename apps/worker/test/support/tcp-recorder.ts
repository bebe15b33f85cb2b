import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** One client connection through the recorder. */
export interface RecordedConnection {
  openedAt: number;
  closedAt?: number;
  /** Who ended it first: the client (e.g. an aborted request) or the upstream server. */
  closedBy?: 'client' | 'upstream';
  bytesFromUpstream: number;
  /** When the upstream last sent anything on it. */
  lastUpstreamDataAt?: number;
}

export interface TcpRecorder {
  /** `http://127.0.0.1:<port>`: give clients this instead of the upstream's address. */
  origin: string;
  connections: RecordedConnection[];
  close(): Promise<void>;
}

/**
 * A transparent TCP relay in front of a local server that records when each client connection
 * closes and which side closed it: how a test sees that an AbortSignal really cut an HTTP request.
 */
export async function startTcpRecorder(upstreamPort: number): Promise<TcpRecorder> {
  const connections: RecordedConnection[] = [];
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    const record: RecordedConnection = { openedAt: Date.now(), bytesFromUpstream: 0 };
    connections.push(record);
    const upstream = connect({ port: upstreamPort, host: '127.0.0.1' });
    const closed = (by: 'client' | 'upstream') => () => {
      if (record.closedAt === undefined) {
        record.closedAt = Date.now();
        record.closedBy = by;
      }
      client.destroy();
      upstream.destroy();
    };
    upstream.on('data', (chunk: Buffer) => {
      record.bytesFromUpstream += chunk.length;
      record.lastUpstreamDataAt = Date.now();
    });
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', closed('client'));
    client.on('error', closed('client'));
    upstream.on('close', closed('upstream'));
    upstream.on('error', closed('upstream'));
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of open) socket.destroy();
      }),
  };
}
