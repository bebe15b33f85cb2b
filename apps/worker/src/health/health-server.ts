import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleDestroy,
} from '@nestjs/common';
import Redis from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module';
import { checkHealth } from './health-check';

/**
 * The worker's probe: a bare node:http server (the worker has no HTTP framework) answering
 * `GET /health`. It PINGs through its own Redis connection with no offline queue, so a lost Redis
 * shows as 503 at once instead of a request that waits for a reconnect.
 */
@Injectable()
export class HealthServer
  implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown
{
  private server?: Server;
  private readonly probe: Redis;
  private readonly log: Logger;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'Health' });
    this.probe = new Redis(config.redis.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
      retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
      connectionName: 'seraph-worker-health',
      disconnectTimeout: 500,
    });
    // Outages are logged once by the main connection; the probe reports them as 503.
    this.probe.on('error', () => undefined);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.probe.connect().catch(() => undefined);
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    const { host, port } = this.config.health;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new Error(`the health probe cannot listen on ${host}:${port}: ${error.message}`)),
      );
      server.listen(port, host, () => resolve());
    });
    server.on('error', (error) => this.log.error({ err: error }, 'Health probe server error'));
    this.log.info({ host, port: this.port }, 'Health probe listening on GET /health');
  }

  /** The port actually bound (differs from the configured one only when that was 0). */
  get port(): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? this.config.health.port;
  }

  async onModuleDestroy(): Promise<void> {
    const server = this.server;
    if (!server?.listening) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  onApplicationShutdown(): void {
    if (this.probe.status !== 'end') this.probe.disconnect();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || path !== '/health') {
      return send(res, 404, { status: 'error', message: `Not found: ${req.method} ${path}` });
    }
    const { statusCode, body } = await checkHealth(
      this.probe,
      this.config.queuePrefix,
      this.dataSource,
    );
    send(res, statusCode, body);
  }
}

function send(res: ServerResponse, statusCode: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  });
  res.end(payload);
}
