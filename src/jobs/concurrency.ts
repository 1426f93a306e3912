/**
 * Runs `count` tasks, `limit` at a time, results in order. When one fails, the others are
 * aborted (their signal) and the rest are not started, before the failure is passed on.
 */
export async function runConcurrently<T>(
  count: number,
  limit: number,
  abortSignal: AbortSignal | undefined,
  run: (index: number, abortSignal: AbortSignal) => Promise<T>,
): Promise<T[]> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortSignal?.reason);
  if (abortSignal?.aborted) onAbort();
  abortSignal?.addEventListener('abort', onAbort, { once: true });
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      controller.signal.throwIfAborted();
      const index = next++;
      try {
        results[index] = await run(index, controller.signal);
      } catch (error) {
        controller.abort(error);
        throw error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
    return results;
  } finally {
    abortSignal?.removeEventListener('abort', onAbort);
  }
}
