import type { Goal } from '@seraph/contracts';
import { goalHealth, healthInputs, type GoalHealth, type HealthInput } from '@seraph/goals';
import { ResponseCache } from './goal-response-cache';

/** A goal as stored: the contract's stored fields, with instants as Dates. */
export type GoalRecord = Pick<
  Goal,
  'id' | 'title' | 'notes' | 'level' | 'domain' | 'status' | 'parentId' | 'dueDate' | 'progress'
> & {
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
};

/** "Now" for one request: the instant and the user's calendar date. */
export interface Moment {
  now: Date;
  today: string;
}

/** Everything about a goal that does not depend on the time of the request. */
export type GoalBase = Omit<Goal, 'overdue' | 'behind' | 'stalled'>;

export interface GoalEntry {
  base: GoalBase;
  record: GoalRecord;
  /** Title and notes, lower-cased, for `q`. */
  text: string;
  createdMs: number;
  /** What the health rules judge: shown progress, and the subtree's latest update as updatedAt. */
  healthInput: HealthInput;
}

/**
 * Every goal with what can be computed once per change of the data: rolled-up progress, child
 * counts, last activity, ISO timestamps, search text. Requests only add the time-dependent health.
 */
export class GoalSnapshot {
  readonly entries: readonly GoalEntry[];
  readonly byId = new Map<string, GoalEntry>();
  /** Children of each goal id (roots under null), in creation order. */
  readonly children = new Map<string | null, GoalEntry[]>();
  /** Serialized responses built from this snapshot. */
  readonly responses = new ResponseCache();

  constructor(records: readonly GoalRecord[]) {
    const healthInput = healthInputs(records);
    const childCount = new Map<string, number>();
    for (const record of records) {
      if (record.parentId)
        childCount.set(record.parentId, (childCount.get(record.parentId) ?? 0) + 1);
    }
    this.entries = records.map((record, index) => {
      const input = healthInput[index]!;
      const progress = input.progress;
      return {
        record,
        base: {
          id: record.id,
          title: record.title,
          notes: record.notes,
          level: record.level,
          domain: record.domain,
          status: record.status,
          parentId: record.parentId,
          dueDate: record.dueDate,
          progress,
          ownProgress: record.progress,
          createdAt: record.createdAt.toISOString(),
          updatedAt: record.updatedAt.toISOString(),
          completedAt: record.completedAt?.toISOString() ?? null,
          childCount: childCount.get(record.id) ?? 0,
        },
        text: `${record.title}\n${record.notes ?? ''}`.toLowerCase(),
        createdMs: record.createdAt.getTime(),
        // Shown progress and subtree activity: a parent is not stalled while its children move.
        healthInput: input,
      };
    });
    for (const entry of this.entries) {
      this.byId.set(entry.record.id, entry);
      const siblings = this.children.get(entry.record.parentId);
      if (siblings) siblings.push(entry);
      else this.children.set(entry.record.parentId, [entry]);
    }
  }

  /** Overdue, behind and stalled at `moment`, judged on shown progress and subtree activity. */
  health(entry: GoalEntry, moment: Moment): GoalHealth {
    return goalHealth(entry.healthInput, moment.now, moment.today);
  }

  /** The flags of the last second asked for: under load every request of that second shares them. */
  private recentFlags?: { key: string; flags: Uint8Array };

  /**
   * Every goal's health at `moment`, one byte each (overdue 1, behind 2, stalled 4). Computed at
   * most once per second of `moment.now` (health moves slower than that: a goal turns "behind"
   * at most a second late) — for a thousand goals this was an eighth of a request's CPU time.
   */
  flags(moment: Moment): Uint8Array {
    const key = `${moment.today} ${Math.floor(moment.now.getTime() / 1000)}`;
    if (this.recentFlags?.key === key) return this.recentFlags.flags;
    const flags = this.computeFlags(moment);
    this.recentFlags = { key, flags };
    return flags;
  }

  private computeFlags(moment: Moment): Uint8Array {
    const flags = new Uint8Array(this.entries.length);
    for (let i = 0; i < flags.length; i++) {
      const { overdue, behind, stalled } = this.health(this.entries[i], moment);
      flags[i] = (overdue ? 1 : 0) | (behind ? 2 : 0) | (stalled ? 4 : 0);
    }
    return flags;
  }

  /** The goal as the api returns it. Built property by property: spreads are slow in hot loops. */
  view(entry: GoalEntry, moment: Moment, health = this.health(entry, moment)): Goal {
    const b = entry.base;
    return {
      id: b.id,
      title: b.title,
      notes: b.notes,
      level: b.level,
      domain: b.domain,
      status: b.status,
      parentId: b.parentId,
      dueDate: b.dueDate,
      progress: b.progress,
      ownProgress: b.ownProgress,
      createdAt: b.createdAt,
      updatedAt: b.updatedAt,
      completedAt: b.completedAt,
      overdue: health.overdue,
      behind: health.behind,
      stalled: health.stalled,
      childCount: b.childCount,
    };
  }
}
