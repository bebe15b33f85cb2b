import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { budgetAsOf, localDate } from '@seraph/attention';
import type {
  InterruptionMode,
  InterruptionModeResponse,
  Settings,
  UpdateSettingsRequest,
} from '@seraph/contracts';
import { SETTINGS_ROW_ID, SettingsEntity } from '@seraph/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { apiErrorBody } from '../http/api-error';
import { BroadcastPublisher } from '../realtime/broadcast-publisher.service';
import { applySettingsPatch } from './settings-change';
import { toInterruptionModeResponse, toSettings } from './settings.mapper';
import { UserStateReader } from './user-state.reader';

/**
 * Reads and changes the single settings row. A change is written under a row lock (so two
 * concurrent changes never lose one another), then announced once as `settings:changed`.
 */
@Injectable()
export class SettingsService {
  private timezone: Promise<string> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly publisher: BroadcastPublisher,
    private readonly userState: UserStateReader,
  ) {}

  async get(): Promise<Settings> {
    return toSettings(await this.load(this.dataSource.manager));
  }

  /** Applies a validated patch; 400 when the result would be inconsistent. */
  async update(patch: UpdateSettingsRequest): Promise<Settings> {
    return toSettings(await this.change(patch));
  }

  async getInterruptionMode(): Promise<InterruptionModeResponse> {
    return this.interruptionMode(await this.load(this.dataSource.manager));
  }

  async setInterruptionMode(mode: InterruptionMode): Promise<InterruptionModeResponse> {
    return this.interruptionMode(await this.change({ interruptionMode: mode }));
  }

  /**
   * The user's IANA time zone, for "today" and local midnight. Kept in memory after the first read
   * and forgotten when a change commits, so callers may ask on every request.
   */
  getTimezone(): Promise<string> {
    if (!this.timezone) {
      const loading = this.load(this.dataSource.manager).then((row) => row.timezone);
      this.timezone = loading;
      // A failed read is not remembered: the next caller tries again.
      loading.catch(() => {
        if (this.timezone === loading) this.timezone = undefined;
      });
    }
    return this.timezone;
  }

  private async change(patch: UpdateSettingsRequest): Promise<SettingsEntity> {
    const { row, changed } = await this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, true);
      const now = this.clock.now();
      const result = applySettingsPatch(current, patch, now);
      if (!result.ok) {
        const summary = result.details.map((d) => `${d.field} ${d.rule}`).join('; ');
        throw new BadRequestException(
          apiErrorBody(400, `The settings would be inconsistent: ${summary}`, result.details),
        );
      }
      if (!result.changed) return { row: current, changed: false };
      const values = { ...result.next, id: SETTINGS_ROW_ID, updatedAt: now };
      await manager.update(SettingsEntity, { id: SETTINGS_ROW_ID }, values);
      return { row: Object.assign(current, values), changed: true };
    });
    if (changed) {
      // Forgotten, not replaced: of two changes committing close together, the later one's value
      // must win, and only the database knows which that is.
      this.timezone = undefined;
      await this.publisher.publish('settings:changed', { settings: toSettings(row) });
    }
    return row;
  }

  private async interruptionMode(row: SettingsEntity): Promise<InterruptionModeResponse> {
    const today = localDate(this.clock.now(), row.timezone);
    const budget = budgetAsOf(
      { remaining: row.attentionBudgetRemaining, date: row.attentionBudgetDate },
      row.interruptionMode,
      today,
    );
    return toInterruptionModeResponse(row, budget, await this.userState.current());
  }

  private async load(manager: EntityManager, forUpdate = false): Promise<SettingsEntity> {
    const row = await manager.findOne(SettingsEntity, {
      where: { id: SETTINGS_ROW_ID },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) {
      // The migration inserts it and a CHECK keeps it the only one; missing means a broken database.
      throw new Error('The settings row is missing; the CreateSettings migration inserts it');
    }
    return row;
  }
}
