import { Ajv, type ValidateFunction } from 'ajv';
import type { LlmTool } from '../llm-client';
import { TimeoutError, withTimeout } from '../timeout';
import type { AgentTool } from './agent-tool';

export type ToolOutcome = { ok: true; result: unknown } | { ok: false; error: string };

/**
 * The tools of a turn: their schemas for the model, argument validation (ajv) before running, and
 * a time limit per tool. A failure or timeout becomes an error result for the model; only the
 * turn's own abort propagates.
 */
export class ToolRegistry {
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly tools = new Map<string, AgentTool>();

  constructor(
    tools: AgentTool[],
    private readonly defaultTimeoutMs: number,
  ) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const tool of tools) {
      this.tools.set(tool.name, tool);
      this.validators.set(tool.name, ajv.compile(tool.parameters));
    }
  }

  get names(): string[] {
    return [...this.tools.keys()];
  }

  schemas(): LlmTool[] {
    return [...this.tools.values()].map((tool) => ({
      type: 'function',
      function: {
        name: tool.name,
        description: tool.description,
        parameters: { ...tool.parameters },
      },
    }));
  }

  async execute(name: string, rawArgs: string, turnSignal: AbortSignal): Promise<ToolOutcome> {
    const tool = this.tools.get(name);
    if (!tool)
      return { ok: false, error: `Unknown tool ${name}; use one of ${this.names.join(', ')}` };
    let args: unknown;
    try {
      args = rawArgs.trim() === '' ? {} : JSON.parse(rawArgs);
    } catch {
      return { ok: false, error: 'The arguments are not valid JSON' };
    }
    const validate = this.validators.get(name) as ValidateFunction;
    if (!validate(args)) {
      const problems = (validate.errors ?? [])
        .map((e) => `${e.instancePath || 'arguments'} ${e.message ?? 'is invalid'}`)
        .join('; ');
      return { ok: false, error: `Invalid arguments: ${problems}` };
    }
    const timeoutMs = tool.timeoutMs ?? this.defaultTimeoutMs;
    try {
      const result = await withTimeout(
        `tool ${name}`,
        timeoutMs,
        (signal) => tool.run(args as Record<string, unknown>, signal),
        turnSignal,
      );
      return { ok: true, result: result ?? null };
    } catch (error) {
      if (turnSignal.aborted) throw turnSignal.reason;
      if (error instanceof TimeoutError) {
        return { ok: false, error: `${error.message}; it was stopped` };
      }
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
