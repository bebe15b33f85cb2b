import type { GoalDomain, GoalHealthFlag, GoalLevel, GoalStatus } from './goal.js';

/** A goal as every goals endpoint returns it (PRODUCT §1): stored fields plus derived ones. */
export interface Goal {
  id: string;
  /** 1–200 characters, trimmed. */
  title: string;
  /** Up to 5,000 characters; null when empty. */
  notes: string | null;
  level: GoalLevel;
  domain: GoalDomain;
  status: GoalStatus;
  /** The goal this one sits under; null for a root. */
  parentId: string | null;
  /** Calendar date `YYYY-MM-DD`, or null. */
  dueDate: string | null;
  /**
   * Progress as shown (0–100, one decimal): 100 when completed, else the mean of the non-abandoned
   * children's shown progress, else the goal's own progress.
   */
  progress: number;
  /** Progress stored on the goal itself (what `PATCH progress` sets; what a leaf shows). */
  ownProgress: number;
  /** ISO 8601 instants. */
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  /** Due date before today (in the user's time zone) and neither completed nor abandoned. */
  overdue: boolean;
  /** Active, and overdue or more than 25 points below the progress elapsed time implies. */
  behind: boolean;
  /** Active, and neither it nor any goal below it was updated for 14 days. */
  stalled: boolean;
  /** Number of direct children, whatever their status. */
  childCount: number;
}

/** A node of `GET /api/goals/tree`: a goal with its children, nested. */
export interface GoalTreeNode extends Goal {
  children: GoalTreeNode[];
}

/** Counts and progress of one domain (or of all goals). */
export interface GoalDomainSummary {
  active: number;
  completed: number;
  /** Every goal of the domain, whatever its status. */
  total: number;
  /** Mean shown progress of the active and completed goals (one decimal); 0 when there are none. */
  progress: number;
}

export interface GoalTotals extends GoalDomainSummary {
  paused: number;
  abandoned: number;
}

/** Body of `GET /api/goals/dashboard`. */
export interface GoalDashboard {
  /** The user's calendar date the derived fields were computed for. */
  today: string;
  domains: Record<GoalDomain, GoalDomainSummary>;
  totals: GoalTotals;
  /** How many goals are overdue, behind, stalled right now. */
  health: Record<GoalHealthFlag, number>;
  /** Open (active or paused) goals due from today through today + 7 days, soonest first. */
  dueSoon: Goal[];
}

/** Body of `POST /api/goals`. Omitted fields take the defaults of PRODUCT §1. */
export interface CreateGoalRequest {
  title: string;
  notes?: string | null;
  /** Default `daily`. */
  level?: GoalLevel;
  /** Default `productivity`. */
  domain?: GoalDomain;
  /** Default `active`; `completed` sets progress 100 and completedAt. */
  status?: GoalStatus;
  parentId?: string | null;
  dueDate?: string | null;
  /** Integer 0–100, default 0. */
  progress?: number;
}

/**
 * Body of `PATCH /api/goals/:id`: any field of a goal, at least one; null clears notes, parentId
 * (making the goal a root) and dueDate.
 */
export type UpdateGoalRequest = Partial<CreateGoalRequest>;

export const GOAL_SORT_FIELDS = ['created', 'due', 'progress', 'title'] as const;
export type GoalSortField = (typeof GOAL_SORT_FIELDS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What `status` filters on: a stored status or a derived condition. */
export type GoalStatusFilter = GoalStatus | GoalHealthFlag;

/** Query of `GET /api/goals`. */
export interface GoalListQuery {
  /** Case-insensitive text contained in the title or notes. */
  q?: string;
  level?: GoalLevel;
  domain?: GoalDomain;
  status?: GoalStatusFilter;
  /** Only the direct children of this goal. */
  parentId?: string;
  /** Default `created`. */
  sort?: GoalSortField;
  /** Default `asc`. Goals without a due date come last in either order. */
  order?: SortOrder;
}

/** Query of `GET /api/goals/tree`: how siblings are ordered. */
export interface GoalTreeQuery {
  sort?: GoalSortField;
  order?: SortOrder;
}
