import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { BroadcastListener, type HeardMessage } from '../broadcast/broadcast-listener';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { AttentionStateService } from './attention-state.service';

/** Changes that can move the ambient or user state before the next tick. */
const TRIGGERS = new Set(['goals:changed', 'settings:changed', 'insights:changed']);

/** A burst of changes (a PATCH storm, a bulk delete) costs one recomputation. */
export const CHANGE_DEBOUNCE_MS = 150;

/** Recomputes the attention state soon after the api announces a relevant change. */
@Injectable()
export class ChangeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private pending = new Set<string>();
  private stop?: () => void;
  private readonly log: Logger;

  constructor(
    private readonly listener: BroadcastListener,
    private readonly attention: AttentionStateService,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'ChangeListener' });
  }

  onApplicationBootstrap(): void {
    this.stop = this.listener.listen((message) => this.onMessage(message));
  }

  onApplicationShutdown(): void {
    this.stop?.();
    clearTimeout(this.timer);
  }

  private onMessage(message: HeardMessage): void {
    const trigger = message.channel === 'signal' ? message.signal.reason : message.envelope.event;
    if (message.channel === 'broadcast' && !TRIGGERS.has(trigger)) return;
    this.pending.add(trigger);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const reason = [...this.pending].join(',');
      this.pending.clear();
      this.attention.refresh(reason).catch((error: unknown) => {
        this.log.warn({ err: error, trigger: reason }, 'Could not recompute the attention state');
      });
    }, CHANGE_DEBOUNCE_MS);
  }
}
