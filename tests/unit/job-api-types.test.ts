import { jsonSchema } from '@ai-sdk/provider-utils';
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod/v4';
import { runpod } from '../../src';

// The types a user of `runpod.jobs` gets without importing any, checked by `tsc -p .`. The
// calls sit in functions that are never run, so nothing is sent.
const worker = runpod.jobs('abc123', { maxWaitMs: 60_000, policy: { lowPriority: true } });

describe('runpod.jobs: types reachable through RunPodProvider', () => {
  it('a schema types the output; without one it is unknown, or the generic given', () => {
    const schema = z.object({ video_url: z.string() });
    const calls = () => {
      expectTypeOf(worker.run({ a: 1 }, { schema })).resolves.toMatchTypeOf<{
        id: string;
        status: 'COMPLETED';
        output?: { video_url: string };
        delayTime?: number;
        executionTime?: number;
      }>();
      expectTypeOf(worker.run({ a: 1 }))
        .resolves.toHaveProperty('output')
        .toEqualTypeOf<unknown>();
      expectTypeOf(worker.run<{ n: number }>({ a: 1 }))
        .resolves.toHaveProperty('output')
        .toEqualTypeOf<{ n: number } | undefined>();
      const fromJsonSchema = jsonSchema<{ text: string }>({ type: 'object' });
      expectTypeOf(worker.status('id', { schema: fromJsonSchema, wait: 5_000 }))
        .resolves.toHaveProperty('output')
        .toEqualTypeOf<{ text: string } | undefined>();
    };
    expectTypeOf(calls).toBeFunction();
  });

  it('start resolves to the job ID, cancel to whether RunPod took it, stream to the parts', () => {
    const calls = () => {
      expectTypeOf(
        worker.start({ a: 1 }, { webhook: 'https://x.dev/hook' }),
      ).resolves.toEqualTypeOf<string>();
      expectTypeOf(worker.cancel('id')).resolves.toEqualTypeOf<boolean>();
      expectTypeOf(worker.stream('id', { schema: z.object({ text: z.string() }) })).toEqualTypeOf<
        AsyncIterable<{ text: string }>
      >();
    };
    expectTypeOf(calls).toBeFunction();
    expectTypeOf(worker.endpointId).toEqualTypeOf<string>();
  });

  it('refuses options of the wrong type', () => {
    const calls = () => {
      // @ts-expect-error policy.ttl is a number of ms
      void runpod.jobs('abc123', { policy: { ttl: '1h' } });
      // @ts-expect-error input is an object of the worker's keys
      void worker.start('a prompt');
    };
    expectTypeOf(calls).toBeFunction();
  });
});
