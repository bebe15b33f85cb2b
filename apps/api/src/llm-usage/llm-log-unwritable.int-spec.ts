import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { LlmUsageResponse } from '@seraph/contracts';
import { startOpenAIStandIn, waitFor } from '@seraph/testing';
import pino from 'pino';
import request from 'supertest';
import { chatTurn } from '../../test/chat';
import { connectSocket, whenConnected } from '../../test/socket-client';
import { startTestApp } from '../../test/test-app';

// A file of its own: Nest's logger is process-wide, and this test reads the app's log lines.
describe('an unwritable LLM_LOG_DIR', () => {
  it('warns once, disables the log and leaves chat working', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // A folder inside a regular file cannot be created, even by root.
    const file = join(mkdtempSync(join(tmpdir(), 'seraph-llm-file-')), 'not-a-folder');
    writeFileSync(file, '');
    const model = await startOpenAIStandIn();
    const api = await startTestApp({
      env: {
        LLM_BASE_URL: model.baseUrl,
        LLM_MODEL: 'gpt-4o-mini',
        LLM_LOG_DIR: join(file, 'logs'),
      },
      logger: pino({ level: 'warn' }, sink),
    });
    const socket = connectSocket(api.url);
    try {
      await whenConnected(socket);
      expect((await chatTurn(socket, { text: 'hi' })).final?.text).toBe('OK');
      expect((await chatTurn(socket, { text: 'again' })).final?.text).toBe('OK');
      const warnings = () => lines.filter((l) => l.includes('LLM call log cannot be written'));
      await waitFor('the log warning', () => warnings().length > 0, {
        timeoutMs: 3000,
        intervalMs: 20,
      });
      expect(warnings()).toHaveLength(1);
      const usage = (await request(api.url).get('/api/llm/usage').expect(200))
        .body as LlmUsageResponse;
      expect(usage).toMatchObject({ logEnabled: false, totals: { calls: 0 } });
    } finally {
      socket.disconnect();
      await api.close();
      await model.close();
    }
  });
});
