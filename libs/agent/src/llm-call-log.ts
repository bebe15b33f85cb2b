import { accessSync, constants, mkdirSync } from 'node:fs';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

export const LLM_LOG_FILE = 'llm_calls.jsonl';

export type LlmCallType = 'chat' | 'summary' | 'strategist' | 'briefing';
export type LlmCallStatus = 'success' | 'error' | 'timeout';

/** One line of `llm_calls.jsonl`. */
export interface LlmCallRecord {
  timestamp: string;
  status: LlmCallStatus;
  model: string;
  callType: LlmCallType;
  provider: string;
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  costUsd: number | null;
  latencyMs: number;
  timeToFirstTokenMs: number | null;
  cachedInputTokens: number;
  sessionId: string | null;
  priceKnown: boolean;
  stream: boolean;
  apiBase: string;
  error: string | null;
  /** Only with LLM_LOG_CONTENT=true. */
  request?: unknown;
  response?: unknown;
}

export interface LlmCallLogOptions {
  /** Folder of the log; undefined disables it. */
  dir: string | undefined;
  logContent: boolean;
  maxMegabytes: number;
  maxFiles: number;
  /** Told once when the folder cannot be written. */
  warn: (message: string, detail: Record<string, unknown>) => void;
}

/**
 * Appends one JSON line per LLM call, rotated by size. Writing never throws: an unwritable folder
 * gives one warning and disables the log; the calls themselves are unaffected.
 */
export class LlmCallLog {
  private stream: RotatingFileStream | undefined;
  private warned = false;

  constructor(private readonly options: LlmCallLogOptions) {
    if (!options.dir) return;
    try {
      mkdirSync(options.dir, { recursive: true });
      accessSync(options.dir, constants.W_OK);
      this.stream = createStream(LLM_LOG_FILE, {
        path: options.dir,
        size: `${options.maxMegabytes}M`,
        maxFiles: options.maxFiles,
      });
      this.stream.on('error', (error) => this.disable(error));
    } catch (error) {
      this.disable(error);
    }
  }

  get enabled(): boolean {
    return this.stream !== undefined;
  }

  get logContent(): boolean {
    return this.options.logContent;
  }

  get dir(): string | undefined {
    return this.options.dir;
  }

  write(record: LlmCallRecord): void {
    if (!this.stream) return;
    const line = this.options.logContent
      ? record
      : { ...record, request: undefined, response: undefined };
    try {
      this.stream.write(`${JSON.stringify(line)}\n`);
    } catch (error) {
      this.disable(error);
    }
  }

  async close(): Promise<void> {
    const stream = this.stream;
    this.stream = undefined;
    if (!stream) return;
    await new Promise<void>((resolve) => {
      stream.end(() => resolve());
      setTimeout(resolve, 1000).unref();
    });
  }

  private disable(error: unknown): void {
    this.stream = undefined;
    if (this.warned) return;
    this.warned = true;
    this.options.warn('The LLM call log cannot be written; LLM calls go on without it', {
      dir: this.options.dir,
      err: error instanceof Error ? error.message : String(error),
    });
  }
}
