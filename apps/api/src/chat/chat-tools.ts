import { HttpException, Injectable } from '@nestjs/common';
import {
  browseWebpageTool,
  shellExecuteTool,
  ToolInputError,
  ToolRegistry,
  type AgentTool,
} from '@seraph/agent';
import {
  GOAL_DOMAINS,
  GOAL_LEVELS,
  GOAL_STATUSES,
  INTERRUPTION_MODES,
  type Goal,
  type InterruptionMode,
} from '@seraph/contracts';
import { ZodError } from 'zod';
import type { AgentSettings } from '@seraph/env-schemas';
import { calendarEventsTool } from '../calendar/calendar-tool';
import { CalendarService } from '../calendar/calendar.service';
import { GoalCommands } from '../goals/goal-commands.service';
import { createGoalSchema, listGoalsQuerySchema, updateGoalSchema } from '../goals/goal.schemas';
import { GoalsService } from '../goals/goals.service';
import { SettingsService } from '../settings/settings.service';

const goalFields = {
  title: { type: 'string', minLength: 1, maxLength: 200 },
  notes: { type: ['string', 'null'], maxLength: 5000 },
  level: { type: 'string', enum: GOAL_LEVELS },
  domain: { type: 'string', enum: GOAL_DOMAINS },
  status: { type: 'string', enum: GOAL_STATUSES },
  parentId: { type: ['string', 'null'], description: 'id of the parent goal' },
  dueDate: { type: ['string', 'null'], description: 'YYYY-MM-DD' },
  progress: { type: 'integer', minimum: 0, maximum: 100 },
};
const idField = { id: { type: 'string', description: 'the goal id (from list_goals)' } };

/** What the model needs of a goal; less than the api's full shape, to save tokens. */
function compact(goal: Goal) {
  const flags = (['overdue', 'behind', 'stalled'] as const).filter((flag) => goal[flag]);
  return {
    id: goal.id,
    title: goal.title,
    level: goal.level,
    domain: goal.domain,
    status: goal.status,
    progress: goal.progress,
    dueDate: goal.dueDate,
    parentId: goal.parentId,
    ...(flags.length ? { flags } : {}),
  };
}

/** The chat agent's tools over the api's own services (in-process, no HTTP). */
@Injectable()
export class ChatTools {
  constructor(
    private readonly goals: GoalsService,
    private readonly commands: GoalCommands,
    private readonly settings: SettingsService,
    private readonly calendar: CalendarService,
  ) {}

  registry(agent: AgentSettings): ToolRegistry {
    const tools: AgentTool[] = [
      ...this.goalTools(),
      ...this.settingsTools(),
      calendarEventsTool(this.calendar, () => this.settings.getTimezone()),
      browseWebpageTool({
        timeoutMs: agent.timeouts.browseMs,
        allowPrivateAddresses: agent.browseAllowPrivate,
      }),
    ];
    if (agent.sandboxUrl) tools.push(shellExecuteTool(agent.sandboxUrl, agent.timeouts.shellMs));
    return new ToolRegistry(tools, agent.timeouts.toolMs);
  }

  private goalTools(): AgentTool[] {
    return [
      tool(
        'list_goals',
        'List goals, optionally filtered; text search with q.',
        {
          q: { type: 'string' },
          level: goalFields.level,
          domain: goalFields.domain,
          status: { type: 'string', enum: [...GOAL_STATUSES, 'overdue', 'behind', 'stalled'] },
          parentId: { type: 'string' },
        },
        [],
        async (args) => {
          const goals = await this.goals.list(listGoalsQuerySchema.parse(args));
          return { count: goals.length, goals: goals.slice(0, 100).map(compact) };
        },
      ),
      tool(
        'create_goal',
        'Create a goal (quest). Defaults: level daily, domain productivity.',
        goalFields,
        ['title'],
        async (args) => compact(await this.commands.create(createGoalSchema.parse(args))),
      ),
      tool(
        'update_goal',
        'Change fields of a goal (title, progress, due date, status…).',
        { ...idField, ...goalFields },
        ['id'],
        async ({ id, ...patch }) =>
          compact(await this.commands.update(String(id), updateGoalSchema.parse(patch))),
      ),
      tool('complete_goal', 'Mark a goal completed.', idField, ['id'], async ({ id }) =>
        compact(await this.commands.update(String(id), { status: 'completed' })),
      ),
      tool(
        'get_goal_dashboard',
        'Counts and progress per domain, health counts, goals due soon.',
        {},
        [],
        () => this.goals.dashboard(),
      ),
    ];
  }

  private settingsTools(): AgentTool[] {
    return [
      tool(
        'get_settings',
        "The user's settings: interruption mode, time zone, briefing times.",
        {},
        [],
        () => this.settings.get(),
      ),
      tool(
        'suggest_interruption_mode',
        'Suggest an interruption mode (focus, balanced, active) to the user. It does not change ' +
          'the setting: the user switches it. Returns the current mode and state to reason with.',
        {
          mode: { type: 'string', enum: INTERRUPTION_MODES },
          reason: { type: 'string', maxLength: 500 },
        },
        ['mode'],
        async ({ mode, reason }) => {
          const current = await this.settings.getInterruptionMode();
          return {
            currentMode: current.mode,
            suggestedMode: mode as InterruptionMode,
            alreadyActive: current.mode === mode,
            userState: current.userState,
            attentionBudgetRemaining: current.attentionBudgetRemaining,
            reason: reason ?? null,
          };
        },
      ),
    ];
  }
}

function tool(
  name: string,
  description: string,
  properties: Record<string, unknown>,
  required: string[],
  run: (args: Record<string, unknown>) => Promise<unknown>,
): AgentTool {
  return {
    name,
    description,
    parameters: { type: 'object', properties, required, additionalProperties: false },
    run: async (args) => {
      try {
        return await run(args);
      } catch (error) {
        throw new ToolInputError(toolErrorMessage(error));
      }
    },
  };
}

/** The api's own error sentence (404, 409, validation) for the model to act on. */
export function toolErrorMessage(error: unknown): string {
  if (error instanceof ZodError) {
    return error.issues.map((i) => `${i.path.join('.') || 'arguments'} ${i.message}`).join('; ');
  }
  if (error instanceof HttpException) {
    const body = error.getResponse();
    return typeof body === 'string'
      ? body
      : String((body as { message?: unknown }).message ?? error.message);
  }
  return error instanceof Error ? error.message : String(error);
}
