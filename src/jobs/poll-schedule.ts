/**
 * When to ask `/status` next, on the fallback path only: for endpoints whose
 * `/status-sync` long-poll is not reachable (see `runJobs`). Intervals grow from 250 ms by
 * half each poll, up to a cap of a tenth of the model's typical execution time, kept
 * between 250 ms and 2 s (2 s when it is not known). The cap bounds how late a call can
 * return after its job ended whatever the typical time says (the catalog's come from doc
 * pages' examples, some of them placeholders).
 *
 * @param pollsSoFar `/status` requests already made for this job.
 * @param typicalExecutionMs how long the model usually runs, in ms, if known.
 * @returns milliseconds to wait before the next `/status` request.
 */
export function nextPollDelay(pollsSoFar: number, typicalExecutionMs?: number): number {
  const capMs = Math.min(
    MAX_INTERVAL_MS,
    Math.max(FIRST_INTERVAL_MS, (typicalExecutionMs ?? Infinity) / 10),
  );
  return Math.round(Math.min(capMs, FIRST_INTERVAL_MS * GROWTH ** pollsSoFar));
}

const FIRST_INTERVAL_MS = 250;
const GROWTH = 1.5;
const MAX_INTERVAL_MS = 2_000;
