import type { JobClientConfig } from '../jobs/job-client';
import type { JobApiCall } from './job-api-calls';
import type { RunPodJobs, RunPodJobsSettings } from './job-api-types';
import {
  checkJobId,
  checkJobInput,
  checkJobOptions,
  jobCallOptionsSchema,
  jobSettingsSchema,
  resolveJobsEndpoint,
} from './job-api-options';

/** `runpod.jobs(endpoint, settings)`: checks both now, and loads the calls on first use. */
export function createRunPodJobs(
  endpoint: string,
  settings: RunPodJobsSettings | undefined,
  config: JobClientConfig,
): RunPodJobs {
  const context = resolveJobsEndpoint(endpoint, config);
  const defaults = checkJobOptions(jobSettingsSchema, settings, 'runpod.jobs() setting');
  const callOf = (options: unknown): JobApiCall => {
    const checked = checkJobOptions(jobCallOptionsSchema, options, 'runpod.jobs() option');
    const headers =
      defaults.headers || checked.headers ? { ...defaults.headers, ...checked.headers } : undefined;
    const policy =
      defaults.policy || checked.policy ? { ...defaults.policy, ...checked.policy } : undefined;
    return { config, context, options: { ...defaults, ...checked, headers, policy } };
  };
  const calls = () => import('./job-api-calls');
  return {
    endpointId: context.endpointId,
    async run(input, options) {
      const call = callOf(options);
      return (await calls()).runJobApi(call, checkJobInput(input, context.modelId));
    },
    async start(input, options) {
      const call = callOf(options);
      return (await calls()).startJobApi(call, checkJobInput(input, context.modelId));
    },
    async status(jobId, options) {
      return (await calls()).jobStatusApi(callOf(options), checkJobId(jobId));
    },
    async cancel(jobId, options) {
      return (await calls()).cancelJobApi(callOf(options), checkJobId(jobId));
    },
    stream(jobId, options) {
      const call = callOf(options);
      const id = checkJobId(jobId);
      return {
        async *[Symbol.asyncIterator]() {
          const { streamJobApi } = await import('./job-stream');
          yield* streamJobApi(call, id);
        },
      };
    },
  };
}
