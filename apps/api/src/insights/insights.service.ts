import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DeliverInsightsResponse, InsightList, InsightStatus } from '@seraph/contracts';
import { deliverQueued, listInsights, queuedCount, toInsight } from '@seraph/insights';
import type { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { PresenceService } from '../presence/presence.service';
import { BroadcastPublisher } from '../realtime/broadcast-publisher.service';

/** The strategist's insights: listing, and delivering the queued ones when the user asks. */
@Injectable()
export class InsightsService {
  private readonly logger = new Logger(InsightsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly publisher: BroadcastPublisher,
    private readonly presence: PresenceService,
  ) {}

  async list(status?: InsightStatus): Promise<InsightList> {
    return { items: await listInsights(this.dataSource, status) };
  }

  /**
   * Delivers every queued insight now in one message of the "Seraph" session, free of budget
   * (PRODUCT §2: the user clicked the avatar), then announces each one as `proactive` and the
   * emptied queue as `insights:changed`. Asking counts as an interaction.
   */
  async deliverQueued(): Promise<DeliverInsightsResponse> {
    const now = this.clock.now();
    const result = await deliverQueued(this.dataSource, 'requested', now);
    await this.presence.recordInteraction();
    if (result.insights.length > 0) {
      this.logger.log(
        { count: result.insights.length, messageId: result.messageId },
        'Delivered the queued insights on request',
      );
      for (const payload of result.proactive) await this.publisher.publish('proactive', payload);
      await this.publisher.publish('insights:changed', { queued: await this.remaining() });
    }
    return { delivered: result.insights.map(toInsight) };
  }

  /** Insights queued meanwhile (or held by a concurrent delivery) still count; 0 normally. */
  private async remaining(): Promise<number> {
    try {
      return await queuedCount(this.dataSource);
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not count the queued insights; announcing 0');
      return 0;
    }
  }
}
