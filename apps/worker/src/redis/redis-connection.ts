import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import Redis from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { ROOT_LOGGER, type Logger } from '../logging/logger';

/** Reconnect quickly but not in a tight loop: 200 ms, 400 ms … capped at 2 s, forever. */
export function reconnectDelay(attempt: number): number {
  return Math.min(attempt * 200, 2_000);
}

type ReadyListener = () => void;

/**
 * The worker's one shared Redis connection: BullMQ queues and workers use it (workers duplicate it
 * for their blocking reads) and so do handlers. `maxRetriesPerRequest: null` makes commands wait for
 * a reconnect instead of failing, as BullMQ requires. It logs once when Redis goes away and once when
 * it is back, and tells `onReady` listeners every time it (re)connects, so schedules lost with
 * Redis's data can be registered again.
 */
@Injectable()
export class RedisConnection implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly client: Redis;
  private state: 'starting' | 'up' | 'down' | 'closing' = 'starting';
  private downSince = 0;
  private lastError: string | undefined;
  private warnedUnreachable = false;
  private readonly readyListeners = new Set<ReadyListener>();
  private readonly log: Logger;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'Redis' });
    this.client = new Redis(config.redis.url, {
      lazyConnect: true,
      maxRetriesPerRequest: null,
      retryStrategy: reconnectDelay,
      connectionName: 'seraph-worker',
      // On shutdown, don't keep the process up for 2 s waiting on a socket Redis already dropped.
      disconnectTimeout: 500,
    });
    this.client.on('error', (error: Error) => this.onError(error));
    this.client.on('close', () => this.onClose());
    this.client.on('ready', () => this.onConnectionReady());
  }

  get isUp(): boolean {
    return this.state === 'up';
  }

  /** Calls `listener` now if connected, and after every (re)connection. Returns an unsubscribe. */
  onReady(listener: ReadyListener): () => void {
    this.readyListeners.add(listener);
    if (this.state === 'up') listener();
    return () => this.readyListeners.delete(listener);
  }

  onApplicationBootstrap(): void {
    this.log.info({ redis: this.config.redis.displayUrl }, 'Connecting to Redis');
    if (this.client.status === 'wait') {
      // A first failure rejects here; ioredis keeps retrying on its own and onError reports it.
      this.client.connect().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.state === 'closing') return;
    const wasUp = this.state === 'up';
    this.state = 'closing';
    this.readyListeners.clear();
    if (wasUp && this.client.status === 'ready') {
      await Promise.race([
        this.client.quit().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 2_000).unref()),
      ]);
    }
    if (this.client.status !== 'end') this.client.disconnect();
  }

  private onError(error: Error): void {
    this.lastError = error.message;
    if (this.state === 'starting' && !this.warnedUnreachable) {
      this.warnedUnreachable = true;
      this.log.warn(
        { redis: this.config.redis.displayUrl, reason: error.message },
        'Redis is not reachable yet; retrying until it is',
      );
    }
  }

  private onClose(): void {
    if (this.state !== 'up') return;
    this.state = 'down';
    this.downSince = Date.now();
    // The socket's own error (if any) arrives just before 'close'.
    this.log.warn(
      { redis: this.config.redis.displayUrl, reason: this.lastError ?? 'connection closed' },
      'Lost the Redis connection; jobs pause until it is back',
    );
  }

  private onConnectionReady(): void {
    if (this.state === 'closing') return;
    if (this.state === 'down') {
      this.log.info(
        { redis: this.config.redis.displayUrl, downForMs: Date.now() - this.downSince },
        'Redis connection restored',
      );
    } else {
      this.log.info({ redis: this.config.redis.displayUrl }, 'Connected to Redis');
    }
    this.state = 'up';
    this.lastError = undefined;
    for (const listener of this.readyListeners) listener();
  }
}
