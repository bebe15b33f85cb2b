import { ToolInputError, type AgentTool } from './agent-tool';

/**
 * `shell_execute`: runs a command in the sandbox at `sandboxUrl` (never on the api's host):
 * `POST <sandboxUrl>/execute {command}` → `{stdout, stderr, exitCode}`.
 */
export function shellExecuteTool(sandboxUrl: string, timeoutMs: number): AgentTool {
  return {
    name: 'shell_execute',
    description:
      'Run a shell command in an isolated sandbox and return stdout, stderr and the exit code.',
    parameters: {
      type: 'object',
      properties: { command: { type: 'string', minLength: 1, maxLength: 4000 } },
      required: ['command'],
      additionalProperties: false,
    },
    timeoutMs,
    run: async (args, signal) => {
      const response = await fetch(new URL('execute', sandboxUrl.replace(/\/?$/, '/')), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ command: args.command }),
        signal,
      });
      if (!response.ok) throw new ToolInputError(`The sandbox answered HTTP ${response.status}`);
      return (await response.json()) as unknown;
    },
  };
}
