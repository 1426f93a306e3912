import { describe, expect, it } from 'vitest';
import {
  afterPause,
  afterRead,
  initialWaitState,
  planNextWait,
  type WaitState,
} from '../../src/jobs/job-wait-plan';

// The job wait's planner, state in, step out: no server, no timers.
const T0 = 1_000_000;

const stateAt = (overrides: Partial<WaitState> = {}): WaitState => ({
  ...initialWaitState({
    now: T0,
    deadline: T0 + 300_000,
    finished: false,
    statusSyncMissing: false,
    typicalExecutionMs: undefined,
  }),
  ...overrides,
});

describe('planNextWait', () => {
  it('finishes a terminal job, even past the deadline', () => {
    expect(planNextWait(stateAt({ finished: true }))).toEqual({ type: 'finish' });
    expect(planNextWait(stateAt({ finished: true, now: T0 + 400_000 }))).toEqual({
      type: 'finish',
    });
  });

  it('gives up at the deadline and past it', () => {
    expect(planNextWait(stateAt({ now: T0 + 300_000 }))).toEqual({ type: 'give-up' });
    expect(planNextWait(stateAt({ now: T0 + 300_001, paused: true }))).toEqual({
      type: 'give-up',
    });
  });

  it('long-polls at once for RunPod’s longest hold, or the time left when shorter', () => {
    expect(planNextWait(stateAt())).toEqual({ type: 'long-poll', holdMs: 90_000 });
    expect(planNextWait(stateAt({ now: T0 + 240_000 }))).toEqual({
      type: 'long-poll',
      holdMs: 60_000,
    });
    expect(planNextWait(stateAt({ now: T0 + 299_000 }))).toEqual({
      type: 'long-poll',
      holdMs: 1_000,
    });
  });

  it('in the last second (below the shortest hold) reads /status once, then waits out the rest', () => {
    const last = stateAt({ now: T0 + 299_400 });
    expect(planNextWait(last)).toEqual({ type: 'poll', timeoutMs: 600 });
    const read = afterRead(last, { type: 'poll', timeoutMs: 600 }, answer(false, 20), T0 + 299_420);
    expect(planNextWait(read)).toEqual({ type: 'pause', ms: 580 });
    expect(planNextWait(afterPause(read, T0 + 300_000))).toEqual({ type: 'give-up' });
  });

  it('backs off 250 ms doubling to 4 s after transient failures, then reads again', () => {
    const pauses = [1, 2, 3, 4, 5, 6].map(failures => planNextWait(stateAt({ failures })));
    expect(pauses).toEqual([250, 500, 1_000, 2_000, 4_000, 4_000].map(ms => pause(ms)));
    expect(planNextWait(stateAt({ failures: 3, paused: true }))).toEqual({
      type: 'long-poll',
      holdMs: 90_000,
    });
  });

  it('reads again at once after a 429 the provider’s pacing already holds back (no backoff of its own)', () => {
    const longPoll = { type: 'long-poll', holdMs: 90_000 } as const;
    const throttled = afterRead(stateAt({ failures: 2 }), longPoll, { type: 'throttled' }, T0 + 10);
    expect(throttled.failures).toBe(2);
    expect(planNextWait(afterRead(stateAt(), longPoll, { type: 'throttled' }, T0 + 10))).toEqual({
      type: 'long-poll',
      holdMs: 90_000,
    });
  });

  it('never pauses past the deadline', () => {
    expect(planNextWait(stateAt({ failures: 5, now: T0 + 298_500 }))).toEqual(pause(1_500));
  });

  it('paces long-polls answered early like the fallback polls, and long-polls after the pause', () => {
    const early = (earlyAnswers: number) => planNextWait(stateAt({ earlyAnswers }));
    expect([1, 2, 3, 7].map(early)).toEqual([250, 375, 563, 2_000].map(ms => pause(ms)));
    expect(planNextWait(stateAt({ earlyAnswers: 2, paused: true, now: T0 + 1_000 }))).toEqual({
      type: 'long-poll',
      holdMs: 90_000,
    });
  });

  it('polls /status on the fallback schedule where /status-sync is missing, bounded by the time left', () => {
    const missing = stateAt({ statusSync: 'missing', typicalExecutionMs: 10_000 });
    expect([0, 1, 4, 9].map(polls => planNextWait({ ...missing, polls }))).toEqual(
      [250, 375, 1_000, 1_000].map(ms => pause(ms)),
    );
    expect(planNextWait({ ...missing, paused: true, now: T0 + 298_000 })).toEqual({
      type: 'poll',
      timeoutMs: 2_000,
    });
  });

  it('checks a 404/405 from /status-sync on /status at once', () => {
    const hold = { type: 'long-poll', holdMs: 90_000 } as const;
    const inDoubt = afterRead(stateAt(), hold, { type: 'route-missing' }, T0 + 30);
    expect(inDoubt).toMatchObject({ statusSync: 'in-doubt', failures: 0, polls: 0 });
    expect(planNextWait(inDoubt)).toEqual({ type: 'poll', timeoutMs: 299_970 });
  });
});

describe('afterRead and afterPause', () => {
  const hold = { type: 'long-poll', holdMs: 90_000 } as const;
  const poll = { type: 'poll', timeoutMs: 60_000 } as const;

  it('finishes on a terminal answer and clears failures', () => {
    const next = afterRead(stateAt({ failures: 2 }), hold, answer(true, 500), T0 + 500);
    expect(next).toMatchObject({ finished: true, failures: 0, now: T0 + 500, paused: false });
  });

  it('counts an unfinished long-poll answered within half its hold as early, and resets on a full hold', () => {
    const once = afterRead(stateAt(), hold, answer(false, 44_999), T0 + 44_999);
    expect(once.earlyAnswers).toBe(1);
    const twice = afterRead(once, hold, answer(false, 10), T0 + 45_009);
    expect(twice.earlyAnswers).toBe(2);
    expect(afterRead(twice, hold, answer(false, 45_000), T0 + 90_009).earlyAnswers).toBe(0);
  });

  it('counts /status reads (the fallback schedule), but never calls a /status answer early', () => {
    const next = afterRead(
      stateAt({ statusSync: 'missing', polls: 2 }),
      poll,
      answer(false, 5),
      T0,
    );
    expect(next).toMatchObject({ polls: 3, earlyAnswers: 0 });
  });

  it('takes /status-sync as missing once /status answers after its 404/405', () => {
    const inDoubt = stateAt({ statusSync: 'in-doubt' });
    expect(afterRead(inDoubt, poll, answer(false, 5), T0).statusSync).toBe('missing');
    const failed = afterRead(inDoubt, poll, { type: 'transient' }, T0);
    expect(failed).toMatchObject({ statusSync: 'in-doubt', failures: 1, polls: 1 });
    expect(planNextWait(failed)).toEqual(pause(250));
    expect(planNextWait(afterPause(failed, T0 + 250))).toEqual({
      type: 'poll',
      timeoutMs: 299_750,
    });
  });

  it('starts from /status polling where the provider knows /status-sync is missing', () => {
    const state = initialWaitState({
      now: T0,
      deadline: T0 + 2_000,
      finished: false,
      statusSyncMissing: true,
      typicalExecutionMs: undefined,
    });
    expect(state.statusSync).toBe('missing');
    expect(planNextWait(state)).toEqual(pause(250));
    expect(planNextWait(afterPause(state, T0 + 250))).toEqual({ type: 'poll', timeoutMs: 1_750 });
  });

  it('a whole wait: a long-poll cut short, a pause, then a long-poll that sees the job end', () => {
    let state = stateAt({ deadline: T0 + 60_000 });
    const steps: unknown[] = [];
    const first = planNextWait(state);
    steps.push(first);
    state = afterRead(state, hold, answer(false, 100), T0 + 100);
    steps.push(planNextWait(state));
    state = afterPause(state, T0 + 350);
    const third = planNextWait(state);
    steps.push(third);
    state = afterRead(state, { type: 'long-poll', holdMs: 59_650 }, answer(true, 900), T0 + 1_250);
    steps.push(planNextWait(state));
    expect(steps).toEqual([
      { type: 'long-poll', holdMs: 60_000 },
      pause(250),
      { type: 'long-poll', holdMs: 59_650 },
      { type: 'finish' },
    ]);
  });
});

function answer(terminal: boolean, tookMs: number) {
  return { type: 'answer', terminal, tookMs } as const;
}

function pause(ms: number) {
  return { type: 'pause', ms } as const;
}
