/** Thrown when a deadline passes; `scope` names what ran out of time. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(
    readonly scope: string,
    readonly ms: number,
  ) {
    super(`${scope} took longer than ${Math.round(ms / 100) / 10} s`);
  }
}

/**
 * Runs `work` with a signal that aborts after `ms` or when `parent` aborts; the work's promise is
 * raced against the deadline so a tool that ignores its signal cannot hold the turn.
 */
export async function withTimeout<T>(
  scope: string,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
  parent?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  const error = new TimeoutError(scope, ms);
  let timer: NodeJS.Timeout | undefined;
  const onParentAbort = () => controller.abort(parent?.reason);
  parent?.addEventListener('abort', onParentAbort, { once: true });
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(error);
      reject(error);
    }, ms);
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
      once: true,
    });
  });
  try {
    if (parent?.aborted) throw parent.reason;
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', onParentAbort);
  }
}
