import { Injectable } from '@nestjs/common';
import type { Goal, GoalDashboard, GoalTreeNode } from '@seraph/contracts';
import { calendarDate } from '@seraph/goals';
import { Clock } from '../clock/clock';
import { SettingsService } from '../settings/settings.service';
import { goalDashboard } from './goal-dashboard';
import { goalNotFound } from './goal-errors';
import { goalTree, listGoals } from './goal-listing';
import type { JsonBody } from './goal-response-cache';
import type { GoalSnapshot, Moment } from './goal-snapshot';
import { GoalStore } from './goal-store';
import type { ListGoalsQuery, TreeQuery } from './goal.schemas';

/**
 * Reads goals. Everything comes from the in-memory snapshot (one query after each change); the
 * derived health is computed per request from the injected clock and the user's time zone. The
 * `*Json` variants serve HTTP: the serialized body is reused while nothing it shows has changed.
 */
@Injectable()
export class GoalsService {
  constructor(
    private readonly store: GoalStore,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  async list(query: ListGoalsQuery): Promise<Goal[]> {
    const { snapshot, moment } = await this.read();
    return listGoals(snapshot, query, moment);
  }

  async tree(query: TreeQuery): Promise<GoalTreeNode[]> {
    const { snapshot, moment } = await this.read();
    return goalTree(snapshot, query.sort, query.order, moment);
  }

  async dashboard(): Promise<GoalDashboard> {
    const { snapshot, moment } = await this.read();
    return goalDashboard(snapshot, moment);
  }

  async get(id: string): Promise<Goal> {
    const { snapshot, moment } = await this.read();
    const entry = snapshot.byId.get(id);
    if (!entry) throw goalNotFound(id);
    return snapshot.view(entry, moment);
  }

  listJson(query: ListGoalsQuery): Promise<JsonBody> {
    return this.json(`list:${JSON.stringify(query)}`, (s, m) => listGoals(s, query, m));
  }

  treeJson(query: TreeQuery): Promise<JsonBody> {
    return this.json(`tree:${query.sort}:${query.order}`, (s, m) =>
      goalTree(s, query.sort, query.order, m),
    );
  }

  dashboardJson(): Promise<JsonBody> {
    return this.json('dashboard', goalDashboard);
  }

  /** The instant and the user's calendar date it falls on. */
  async moment(): Promise<Moment> {
    const now = this.clock.now();
    return { now, today: calendarDate(now, await this.settings.getTimezone()) };
  }

  private async read(): Promise<{ snapshot: GoalSnapshot; moment: Moment }> {
    const [snapshot, moment] = await Promise.all([this.store.snapshot(), this.moment()]);
    return { snapshot, moment };
  }

  private async json(
    key: string,
    build: (snapshot: GoalSnapshot, moment: Moment) => unknown,
  ): Promise<JsonBody> {
    const { snapshot, moment } = await this.read();
    return snapshot.responses.body(key, moment.today, snapshot.flags(moment), () =>
      build(snapshot, moment),
    );
  }
}
