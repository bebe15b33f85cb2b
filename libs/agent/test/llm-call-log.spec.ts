import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@seraph/testing';
import { LLM_LOG_FILE, LlmCallLog, type LlmCallRecord } from '../src';

const record = (extra: Partial<LlmCallRecord> = {}): LlmCallRecord => ({
  timestamp: new Date().toISOString(),
  status: 'success',
  model: 'gpt-4o-mini',
  callType: 'chat',
  provider: 'local',
  inputTokens: 1,
  outputTokens: 1,
  totalTokens: 2,
  costUsd: null,
  latencyMs: 1,
  timeToFirstTokenMs: null,
  cachedInputTokens: 0,
  sessionId: null,
  priceKnown: false,
  stream: false,
  apiBase: 'http://127.0.0.1/v1',
  error: null,
  ...extra,
});
const options = (dir: string, extra: object = {}) => ({
  dir,
  logContent: false,
  maxMegabytes: 1,
  maxFiles: 3,
  warn: jest.fn(),
  ...extra,
});

describe('LlmCallLog', () => {
  it('keeps message content out unless LLM_LOG_CONTENT is on', async () => {
    const off = mkdtempSync(join(tmpdir(), 'seraph-log-off-'));
    const on = mkdtempSync(join(tmpdir(), 'seraph-log-on-'));
    const quiet = new LlmCallLog(options(off));
    const verbose = new LlmCallLog(options(on, { logContent: true }));
    quiet.write(record({ request: [{ role: 'user', content: 'private' }] }));
    verbose.write(record({ request: [{ role: 'user', content: 'private' }] }));
    await Promise.all([quiet.close(), verbose.close()]);
    expect(readFileSync(join(off, LLM_LOG_FILE), 'utf8')).not.toContain('private');
    expect(JSON.parse(readFileSync(join(on, LLM_LOG_FILE), 'utf8')).request[0].content).toBe(
      'private',
    );
  });

  it('rotates by size, keeping a bounded number of files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seraph-log-rotate-'));
    const log = new LlmCallLog(options(dir, { maxFiles: 2 }));
    const big = 'x'.repeat(10_000);
    for (let i = 0; i < 400; i += 1) log.write(record({ error: big }));
    await waitFor('a rotated file', () => readdirSync(dir).length >= 2, {
      timeoutMs: 5000,
      intervalMs: 50,
    });
    await log.close();
    // The current file plus at most maxFiles rotated ones (and the rotator's own history file).
    const logs = readdirSync(dir).filter((name) => name.endsWith(LLM_LOG_FILE));
    expect(logs).toContain(LLM_LOG_FILE);
    expect(logs.length).toBeGreaterThanOrEqual(2);
    expect(logs.length).toBeLessThanOrEqual(3);
  });

  it('warns once and disables itself when the folder cannot be made; writing never throws', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'seraph-log-file-')), 'file');
    writeFileSync(file, '');
    const opts = options(join(file, 'logs'));
    const log = new LlmCallLog(opts);
    expect(log.enabled).toBe(false);
    expect(() => log.write(record())).not.toThrow();
    expect(opts.warn).toHaveBeenCalledTimes(1);
  });
});
