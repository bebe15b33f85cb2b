import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  BROADCAST_CHANNEL,
  WORKER_SIGNAL_CHANNEL,
  type BroadcastEnvelope,
  type WorkerSignal,
} from '@seraph/contracts';
import type Redis from 'ioredis';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { RedisConnection } from '../redis/redis-connection';

/** What a listener hears: an event every browser also gets, or a signal meant for the worker. */
export type HeardMessage =
  | { channel: 'broadcast'; envelope: BroadcastEnvelope }
  | { channel: 'signal'; signal: WorkerSignal };

type Listener = (message: HeardMessage) => void;

/**
 * Listens to the channels the api publishes on (data changes for every browser, and nudges for
 * the worker) over one subscriber connection, and hands each message to the registered listeners.
 */
@Injectable()
export class BroadcastListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private subscriber?: Redis;
  private readonly listeners = new Set<Listener>();
  private readonly log: Logger;

  constructor(
    private readonly redis: RedisConnection,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'BroadcastListener' });
  }

  /** Registers a listener; returns the way to remove it. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onApplicationBootstrap(): void {
    const subscriber = this.redis.client.duplicate({ connectionName: 'seraph-worker-subscriber' });
    this.subscriber = subscriber;
    subscriber.on('error', (error: Error) =>
      this.log.debug({ error: error.message }, 'Subscriber connection error'),
    );
    subscriber.on('message', (channel: string, text: string) => this.onMessage(channel, text));
    // ioredis re-subscribes by itself after a reconnect.
    subscriber.subscribe(BROADCAST_CHANNEL, WORKER_SIGNAL_CHANNEL).catch((error: Error) => {
      this.log.warn({ error: error.message }, 'Could not subscribe yet; will retry on reconnect');
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscriber?.disconnect();
  }

  private onMessage(channel: string, text: string): void {
    let message: HeardMessage;
    try {
      message =
        channel === WORKER_SIGNAL_CHANNEL
          ? { channel: 'signal', signal: JSON.parse(text) as WorkerSignal }
          : { channel: 'broadcast', envelope: JSON.parse(text) as BroadcastEnvelope };
    } catch {
      this.log.warn({ channel }, 'Ignored a message that is not JSON');
      return;
    }
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch (error) {
        this.log.error({ err: error }, 'A broadcast listener failed');
      }
    }
  }
}
