import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { BroadcastListener } from '../broadcast/broadcast-listener';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { QueueRunner } from '../queues/queue-runner';

/** When the user changes their briefing times or time zone, the cron schedules follow at once. */
@Injectable()
export class BriefingRescheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop?: () => void;
  private readonly log: Logger;

  constructor(
    private readonly listener: BroadcastListener,
    private readonly runner: QueueRunner,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'Briefings' });
  }

  onApplicationBootstrap(): void {
    this.stop = this.listener.listen((message) => {
      if (message.channel !== 'broadcast' || message.envelope.event !== 'settings:changed') return;
      this.log.info('Settings changed; registering the briefing schedules again');
      void this.runner.registerSchedules();
    });
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
