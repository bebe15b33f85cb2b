import { JobTimeoutError, runWithTimeout } from './run-with-timeout';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runWithTimeout', () => {
  it('returns the result of work that finishes in time, without aborting its signal', async () => {
    let seen: AbortSignal | undefined;
    const result = await runWithTimeout(
      async (signal) => {
        seen = signal;
        await sleep(10);
        return 42;
      },
      1_000,
      'quick',
    );
    expect(result).toBe(42);
    expect(seen?.aborted).toBe(false);
  });

  it('fails at the deadline even when the work ignores its signal, and aborts the signal', async () => {
    let seen: AbortSignal | undefined;
    let finishedAnyway = false;
    const started = Date.now();
    const attempt = runWithTimeout(
      async (signal) => {
        seen = signal;
        await sleep(600); // ignores the signal on purpose
        finishedAnyway = true;
        return 'too late';
      },
      100,
      'Job stubborn (1)',
    );

    await expect(attempt).rejects.toThrow(new JobTimeoutError('Job stubborn (1)', 100));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(500);
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBeInstanceOf(JobTimeoutError);
    expect(finishedAnyway).toBe(false);
  });

  it('lets cooperative work stop early through the signal', async () => {
    let stoppedEarly = false;
    const attempt = runWithTimeout(
      (signal) =>
        new Promise<never>((_, reject) => {
          signal.addEventListener('abort', () => {
            stoppedEarly = true;
            reject(signal.reason);
          });
        }),
      50,
      'cooperative',
    );
    await expect(attempt).rejects.toBeInstanceOf(JobTimeoutError);
    expect(stoppedEarly).toBe(true);
  });

  it('passes on an abort of the parent signal (BullMQ cancelling the job)', async () => {
    const parent = new AbortController();
    let seen: AbortSignal | undefined;
    const attempt = runWithTimeout(
      async (signal) => {
        seen = signal;
        await sleep(500);
      },
      5_000,
      'cancelled',
      parent.signal,
    );
    parent.abort(new Error('cancelled by operator'));
    await expect(attempt).rejects.toThrow('cancelled by operator');
    expect(seen?.aborted).toBe(true);
  });

  it('reports work that throws synchronously as a failed attempt', async () => {
    await expect(
      runWithTimeout(
        () => {
          throw new Error('boom');
        },
        1_000,
        'sync throw',
      ),
    ).rejects.toThrow('boom');
  });
});
