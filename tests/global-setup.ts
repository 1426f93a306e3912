import type { TestProject } from 'vitest/node';
import { startMockServer } from './mock-runpod/node-server';

/** Starts one loopback mock RunPod server for the whole run; tests reach it by `inject('mockOrigin')`. */
export default async function setup(project: TestProject) {
  const server = await startMockServer();
  project.provide('mockOrigin', server.origin);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    mockOrigin: string;
  }
}
