/** A JSON schema object describing a tool's arguments (what the model is shown). */
export interface ToolParameters {
  type: 'object';
  properties: Record<string, unknown>;
  required?: string[];
  additionalProperties?: boolean;
}

/** A tool the model may call. `run` gets arguments already validated against `parameters`. */
export interface AgentTool {
  name: string;
  description: string;
  parameters: ToolParameters;
  /** Time limit in ms; the registry's default for the tool when unset. */
  timeoutMs?: number;
  run(args: Record<string, unknown>, signal: AbortSignal): Promise<unknown>;
}

/** A mistake the model can fix (bad id, invalid value): returned to it as the tool's error. */
export class ToolInputError extends Error {
  override readonly name = 'ToolInputError';
}
