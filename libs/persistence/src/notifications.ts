import { Client } from 'pg';
import { quoteIdentifier } from './ensure-database';

/** The channel every change of the goals table notifies (see migration CreateGoals). */
export const GOALS_CHANGED_CHANNEL = 'goals_changed';

export interface ListenOptions {
  url: string;
  channel: string;
  onNotify(payload: string): void;
  /** Called each time LISTEN is in place: at start and after every reconnect. */
  onListening?(): void;
  /** Called when the connection is lost or cannot be made; the listener retries by itself. */
  onLost?(error: unknown): void;
  /** Delay before reconnect attempt `attempt` (1, 2, …). Default: 200 ms × attempt, at most 2 s. */
  retryDelayMs?(attempt: number): number;
  applicationName?: string;
}

export interface NotificationListener {
  /** True while LISTEN is in place, so every notification reaches `onNotify`. */
  readonly listening: boolean;
  close(): Promise<void>;
}

/**
 * LISTENs on a PostgreSQL channel over a dedicated connection, reconnecting after any loss. While
 * `listening` is false notifications may be missed; `onListening` marks the point to re-read.
 */
export function listenForNotifications(options: ListenOptions): NotificationListener {
  const retryDelay = options.retryDelayMs ?? ((attempt) => Math.min(attempt * 200, 2000));
  let client: Client | undefined;
  let listening = false;
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const lost = (from: Client, error: unknown) => {
    if (client !== from) return; // 'error' and 'end' both arrive for one loss
    client = undefined;
    listening = false;
    from.end().catch(() => undefined);
    if (closed) return;
    options.onLost?.(error);
    attempt += 1;
    timer = setTimeout(() => void connect(), retryDelay(attempt));
  };

  const connect = async () => {
    const next = new Client({
      connectionString: options.url,
      connectionTimeoutMillis: 3000,
      keepAlive: true,
      application_name: options.applicationName ?? 'seraph-listener',
    });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === options.channel) options.onNotify(message.payload ?? '');
    });
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('connection ended')));
    try {
      await next.connect();
      await next.query(`LISTEN ${quoteIdentifier(options.channel)}`);
    } catch (error) {
      lost(next, error);
      return;
    }
    if (client !== next) {
      await next.end().catch(() => undefined); // closed meanwhile
      return;
    }
    listening = true;
    attempt = 0;
    options.onListening?.();
  };

  void connect();
  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      const current = client;
      client = undefined;
      listening = false;
      await current?.end().catch(() => undefined);
    },
  };
}
