/** An attempt ran past its queue's `timeoutMs`; BullMQ records it as the attempt's failure. */
export class JobTimeoutError extends Error {
  override readonly name = 'JobTimeoutError';
  constructor(
    readonly label: string,
    readonly timeoutMs: number,
  ) {
    super(`${label} timed out after ${timeoutMs} ms`);
  }
}

/**
 * Runs `work` with an AbortSignal that fires after `timeoutMs` (or when `parent` aborts, e.g. BullMQ
 * cancelling the job). On the deadline the returned promise rejects with {@link JobTimeoutError} at
 * once, whether or not `work` honours the signal: a handler that ignores it keeps running in the
 * background, but its attempt is over and its result is dropped.
 */
export function runWithTimeout<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  label: string,
  parent?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onParentAbort: (() => void) | undefined;

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new JobTimeoutError(label, timeoutMs);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
    if (parent) {
      onParentAbort = () => {
        const reason: unknown = parent.reason;
        controller.abort(reason);
        reject(reason instanceof Error ? reason : new Error(`${label} was cancelled`));
      };
      if (parent.aborted) onParentAbort();
      else parent.addEventListener('abort', onParentAbort, { once: true });
    }
  });

  let running: Promise<T>;
  try {
    running = Promise.resolve(work(controller.signal));
  } catch (error) {
    running = Promise.reject(error);
  }
  // If the deadline wins, a later rejection of the abandoned work must not go unhandled.
  running.catch(() => undefined);

  return Promise.race([running, deadline]).finally(() => {
    clearTimeout(timer);
    if (parent && onParentAbort) parent.removeEventListener('abort', onParentAbort);
  });
}
