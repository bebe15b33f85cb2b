import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { LLM_LOG_FILE, type LlmCallRecord } from '@seraph/agent';
import type { LlmUsageResponse, LlmUsageRow } from '@seraph/contracts';

/** The call log files in `dir`: the current one and its rotated copies. */
function logFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(LLM_LOG_FILE))
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** Sums the call log by day (UTC), model and call type, for calls since `since`. */
export async function summariseUsage(
  dir: string,
  since: Date,
  days: number,
  logEnabled: boolean,
): Promise<LlmUsageResponse> {
  const rows = new Map<string, LlmUsageRow>();
  for (const file of logFiles(dir)) {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      let record: Partial<LlmCallRecord>;
      try {
        record = JSON.parse(line) as Partial<LlmCallRecord>;
      } catch {
        continue;
      }
      if (!record.timestamp || new Date(record.timestamp) < since) continue;
      const day = record.timestamp.slice(0, 10);
      const model = record.model ?? 'unknown';
      const callType = record.callType ?? 'unknown';
      const key = `${day}|${model}|${callType}`;
      const row = rows.get(key) ?? {
        day,
        model,
        callType,
        calls: 0,
        errors: 0,
        inputTokens: 0,
        outputTokens: 0,
        costUsd: null,
      };
      row.calls += 1;
      if (record.status !== 'success') row.errors += 1;
      row.inputTokens += record.inputTokens ?? 0;
      row.outputTokens += record.outputTokens ?? 0;
      if (typeof record.costUsd === 'number') row.costUsd = (row.costUsd ?? 0) + record.costUsd;
      rows.set(key, row);
    }
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      b.day.localeCompare(a.day) ||
      a.model.localeCompare(b.model) ||
      a.callType.localeCompare(b.callType),
  );
  const costs = sorted.filter((r) => r.costUsd !== null);
  return {
    days,
    logEnabled,
    totals: {
      calls: sorted.reduce((s, r) => s + r.calls, 0),
      inputTokens: sorted.reduce((s, r) => s + r.inputTokens, 0),
      outputTokens: sorted.reduce((s, r) => s + r.outputTokens, 0),
      costUsd: costs.length ? costs.reduce((s, r) => s + (r.costUsd ?? 0), 0) : null,
    },
    rows: sorted,
  };
}
