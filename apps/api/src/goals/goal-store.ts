import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  GOALS_CHANGED_CHANNEL,
  listenForNotifications,
  type NotificationListener,
} from '@seraph/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { GoalSnapshot, type GoalRecord } from './goal-snapshot';

const SELECT_GOALS = `
  SELECT id, title, notes, level, domain, status, parent_id AS "parentId",
         to_char(due_date, 'YYYY-MM-DD') AS "dueDate", progress,
         created_at AS "createdAt", updated_at AS "updatedAt", completed_at AS "completedAt"
  FROM goals
  ORDER BY created_at, id`;

/** Every goal, in creation order, in one query. */
export async function loadGoalRecords(manager: EntityManager): Promise<GoalRecord[]> {
  return (await manager.query(SELECT_GOALS)) as GoalRecord[];
}

/**
 * Holds every goal in memory as a `GoalSnapshot`, so reads (tree, dashboard, lists) cost no query.
 * The copy is dropped on this process's own writes and on PostgreSQL's `goals_changed`
 * notification, which any writer's commit raises; while that listener is down nothing is cached.
 * Concurrent reads share one load, and a load that raced a change is not kept.
 */
@Injectable()
export class GoalStore implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(GoalStore.name);
  private listener: NotificationListener | undefined;
  private generation = 0;
  private cached: { generation: number; snapshot: GoalSnapshot } | undefined;
  private loading: { generation: number; promise: Promise<GoalSnapshot> } | undefined;
  private outage = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  onModuleInit(): void {
    this.listener = listenForNotifications({
      url: this.config.databaseUrl,
      channel: GOALS_CHANGED_CHANNEL,
      applicationName: 'seraph-api-goals',
      onNotify: () => this.invalidate(),
      onListening: () => {
        if (this.outage) this.logger.log('Listening for goal changes again');
        this.outage = false;
        this.invalidate(); // changes may have been missed while not listening
      },
      onLost: (error) => {
        if (!this.outage) {
          this.logger.warn(
            { err: error },
            'Lost the goal-change listener; reading goals from PostgreSQL until it is back',
          );
        }
        this.outage = true;
        this.invalidate();
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.close();
  }

  /** Forget the copy: the next read loads the goals again. */
  invalidate(): void {
    this.generation += 1;
    this.cached = undefined;
  }

  async snapshot(): Promise<GoalSnapshot> {
    const generation = this.generation;
    if (this.cached?.generation === generation) return this.cached.snapshot;
    if (this.loading?.generation === generation) return this.loading.promise;
    const promise = loadGoalRecords(this.dataSource.manager).then((records) => {
      const snapshot = new GoalSnapshot(records);
      if (generation === this.generation && this.listener?.listening) {
        this.cached = { generation, snapshot };
      }
      return snapshot;
    });
    this.loading = { generation, promise };
    const clear = () => {
      if (this.loading?.promise === promise) this.loading = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }
}
