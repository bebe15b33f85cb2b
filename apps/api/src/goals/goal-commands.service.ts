import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Goal, GoalLevel, GoalStatus } from '@seraph/contracts';
import { descendantIds, levelConflict, levelsAllowedUnder, wouldCreateCycle } from '@seraph/goals';
import { GoalEntity } from '@seraph/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { BroadcastPublisher } from '../realtime/broadcast-publisher.service';
import { goalConflict, goalNotFound } from './goal-errors';
import { GoalStore } from './goal-store';
import type { CreateGoalInput, UpdateGoalInput } from './goal.schemas';
import { GoalsService } from './goals.service';

/** Serializes goal writes, so tree checks (cycles, levels, cascade) see no concurrent change. */
const GOALS_WRITE_LOCK = 735_201_772;

interface Link {
  id: string;
  parentId: string | null;
  level: GoalLevel;
  status: GoalStatus;
  completedAt: Date | null;
}

const SELECT_LINKS = `SELECT id, parent_id AS "parentId", level, status, completed_at AS "completedAt"
  FROM goals`;

/**
 * Creates, changes and deletes goals. Each write runs in one transaction under a lock, enforces the
 * tree rules (level order, no cycles, explicit cascade), then is announced once as `goals:changed`.
 */
@Injectable()
export class GoalCommands {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: GoalStore,
    private readonly goals: GoalsService,
    private readonly clock: Clock,
    private readonly publisher: BroadcastPublisher,
  ) {}

  async create(input: CreateGoalInput): Promise<Goal> {
    const now = this.clock.now();
    const level = input.level ?? 'daily';
    const status = input.status ?? 'active';
    const completed = status === 'completed';
    const id = await this.write(async (manager) => {
      if (input.parentId) {
        const [parent] = (await manager.query(`SELECT level FROM goals WHERE id = $1`, [
          input.parentId,
        ])) as { level: GoalLevel }[];
        if (!parent) throw goalNotFound(input.parentId, 'parentId');
        assertLevelFits(level, parent.level, [], input.level ? 'level' : 'parentId');
      }
      const [row] = (await manager.query(
        `INSERT INTO goals (title, notes, level, domain, status, parent_id, due_date, progress,
                            created_at, updated_at, completed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) RETURNING id`,
        [
          input.title,
          input.notes ?? null,
          level,
          input.domain ?? 'productivity',
          status,
          input.parentId ?? null,
          input.dueDate ?? null,
          completed ? 100 : (input.progress ?? 0),
          now,
          completed ? now : null,
        ],
      )) as { id: string }[];
      return row.id;
    });
    await this.publisher.publish('goals:changed', { op: 'created', ids: [id] });
    return this.goals.get(id);
  }

  async update(id: string, patch: UpdateGoalInput): Promise<Goal> {
    const now = this.clock.now();
    await this.write(async (manager) => {
      const links = (await manager.query(SELECT_LINKS)) as Link[];
      const byId = new Map(links.map((link) => [link.id, link]));
      const goal = byId.get(id);
      if (!goal) throw goalNotFound(id);

      const parentId = patch.parentId === undefined ? goal.parentId : patch.parentId;
      const moves = parentId !== goal.parentId;
      const parent = parentId === null ? undefined : byId.get(parentId);
      if (parentId !== null && !parent) throw goalNotFound(parentId, 'parentId');
      if (moves && parentId !== null && wouldCreateCycle(links, id, parentId)) {
        throw goalConflict(
          parentId === id
            ? 'A goal cannot sit under itself'
            : `Goal ${parentId} is below this goal; moving the goal under it would make a loop`,
          'parentId',
          'must not be the goal itself or a goal below it',
        );
      }
      const level = patch.level ?? goal.level;
      if (moves || patch.level) {
        const childLevels = links.filter((l) => l.parentId === id).map((l) => l.level);
        assertLevelFits(
          level,
          parent?.level ?? null,
          childLevels,
          patch.level ? 'level' : 'parentId',
        );
      }

      const status = patch.status ?? goal.status;
      const completed = status === 'completed';
      const changes: Partial<GoalEntity> = {
        ...patch,
        status,
        updatedAt: now,
        completedAt: completed ? (goal.status === 'completed' ? goal.completedAt : now) : null,
        ...(completed ? { progress: 100 } : {}),
      };
      await manager.update(GoalEntity, { id }, changes);
    });
    await this.publisher.publish('goals:changed', { op: 'updated', ids: [id] });
    return this.goals.get(id);
  }

  /** Deletes a goal; one with goals below it only with `cascade`, and then the whole subtree. */
  async delete(id: string, cascade: boolean): Promise<string[]> {
    const ids = await this.write(async (manager) => {
      const links = (await manager.query(SELECT_LINKS)) as Link[];
      if (!links.some((link) => link.id === id)) throw goalNotFound(id);
      const below = [...descendantIds(links, id)];
      if (below.length > 0 && !cascade) {
        const goals = below.length === 1 ? '1 goal' : `${below.length} goals`;
        throw goalConflict(
          `This goal has ${goals} below it; delete with ?cascade=true to delete ` +
            `all ${below.length + 1} of them`,
          'cascade',
          `must be true to also delete the ${goals} below this one`,
        );
      }
      const doomed = [id, ...below];
      await manager.query(`DELETE FROM goals WHERE id = ANY($1::uuid[])`, [doomed]);
      return doomed;
    });
    await this.publisher.publish('goals:changed', { op: 'deleted', ids });
    return ids;
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [GOALS_WRITE_LOCK]);
        return work(manager);
      });
    } finally {
      this.store.invalidate();
    }
  }
}

/** 409 unless `level` is finer than the parent's and coarser than every child's. */
function assertLevelFits(
  level: GoalLevel,
  parentLevel: GoalLevel | null,
  childLevels: GoalLevel[],
  field: 'level' | 'parentId',
): void {
  const conflict = levelConflict(level, parentLevel, childLevels);
  if (conflict === 'parent') {
    const allowed = levelsAllowedUnder(parentLevel!);
    throw goalConflict(
      `A ${level} goal cannot sit under a ${parentLevel} goal: a child's level must be finer ` +
        `than its parent's (allowed: ${allowed.join(', ') || 'none, daily is the finest level'})`,
      field,
      `must leave the goal finer than its ${parentLevel} parent`,
    );
  }
  if (conflict === 'children') {
    const clash = childLevels.find((child) => levelConflict(child, level, []) !== null);
    throw goalConflict(
      `A ${level} goal cannot hold its ${clash} children: each child's level must be finer ` +
        `than its parent's`,
      'level',
      `must stay coarser than the goal's ${clash} children`,
    );
  }
}
