import { InvalidArgumentError, type SharedV3ProviderOptions } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { bothNamesError } from '../core/option-errors';
import { parseRunPodOptions } from '../core/provider-options';

/**
 * One node of a workflow in ComfyUI's API format (ComfyUI's "Export (API)"): its class and
 * its inputs, each a value or a link `[node id, output index]` to another node's output
 * (worker-comfyui's `test_resources/workflows/*.json` @ d2a5572:
 * https://github.com/runpod-workers/worker-comfyui/tree/d2a557235b3800d68dcc6fa3259125fdf4bed8a6/test_resources/workflows).
 */
const comfyNodeSchema = z.looseObject({
  class_type: z.string({ error: 'must be a string (the node class)' }).min(1),
  inputs: z.record(z.string(), z.unknown(), { error: 'must be an object of node inputs' }),
});

/** A workflow in ComfyUI's API format: node IDs to nodes. */
const comfyWorkflowSchema = z
  .record(z.string(), comfyNodeSchema, {
    error: "must be a ComfyUI workflow in API format: { '<node id>': { class_type, inputs } }",
  })
  .refine(workflow => Object.keys(workflow).length > 0, 'must hold at least one node');

export type ComfyWorkflow = z.infer<typeof comfyWorkflowSchema>;
export type ComfyNode = ComfyWorkflow[string];

/** A node ID, as a string (`"6"`) or a number (`6`). */
const nodeId = z
  .union([z.string().min(1), z.number().int().min(0)], { error: 'must be a node ID' })
  .transform(String);

/**
 * Which workflow nodes take which of the AI SDK's options, by node ID. Each one left out
 * is found by its node class where the workflow has one such node (see
 * `mapComfyUIWorkflow`).
 */
const comfyWorkflowNodesSchema = z.strictObject({
  /** The text encoder (`CLIPTextEncode`) that takes `prompt`. */
  prompt: nodeId.optional(),
  /** The text encoder that takes `providerOptions.runpod.negativePrompt`. */
  negativePrompt: nodeId.optional(),
  /** The node whose `seed` or `noise_seed` takes `seed` (`KSampler`, `RandomNoise`, …). */
  seed: nodeId.optional(),
  /** The empty latent image whose `width`, `height` and `batch_size` take `size` and `n`. */
  size: nodeId.optional(),
  /** The `LoadImage` nodes that take `prompt.images`, in the same order. */
  images: z.array(nodeId).optional(),
});

export type ComfyWorkflowNodes = z.infer<typeof comfyWorkflowNodesSchema>;

const comfyOptionsSchema = z.looseObject({
  workflow: comfyWorkflowSchema.optional(),
  workflowNodes: comfyWorkflowNodesSchema.optional(),
  negativePrompt: z.string().optional(),
  negative_prompt: z.string().optional(),
});

/** `providerOptions.runpod` of a call to a worker-comfyui endpoint, read. */
export interface ComfyUIOptions {
  workflow: ComfyWorkflow;
  nodes: ComfyWorkflowNodes;
  negativePrompt: string | undefined;
}

/** The keys {@link readComfyUIOptions} reads; the others are sent in `input` as given. */
const COMFY_KEYS = new Set(['workflow', 'workflowNodes', 'negativePrompt', 'negative_prompt']);

/** An own endpoint's `input` from its provider options, without the keys ComfyUI's mapping reads. */
export const withoutComfyUIKeys = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).filter(([key]) => !COMFY_KEYS.has(key)));

/**
 * The ComfyUI options of a call to your own endpoint: undefined unless
 * `providerOptions.runpod.workflow` is given (the endpoint is then taken to run
 * worker-comfyui).
 *
 * @throws {InvalidArgumentError} for a workflow that is not in ComfyUI's API format, a
 * malformed `workflowNodes`, `workflowNodes` without a workflow, or both names of the
 * negative prompt.
 */
export async function readComfyUIOptions({
  providerOptions,
  modelId,
}: {
  providerOptions: SharedV3ProviderOptions | undefined;
  modelId: string;
}): Promise<ComfyUIOptions | undefined> {
  const raw = providerOptions?.runpod;
  if (raw?.workflow === undefined && raw?.workflowNodes === undefined) return undefined;
  const subject = `RunPod image model '${modelId}'`;
  const parsed = await parseRunPodOptions({
    providerOptions,
    schema: comfyOptionsSchema,
    modelId,
    subject,
  });
  if (parsed?.workflow === undefined) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.runpod.workflowNodes',
      message: `${subject}: providerOptions.runpod.workflowNodes names nodes of a ComfyUI workflow; pass the workflow as providerOptions.runpod.workflow.`,
    });
  }
  if (parsed.negativePrompt !== undefined && parsed.negative_prompt !== undefined) {
    throw bothNamesError(subject, 'negativePrompt', 'negative_prompt');
  }
  return {
    workflow: parsed.workflow,
    nodes: parsed.workflowNodes ?? {},
    negativePrompt: parsed.negativePrompt ?? parsed.negative_prompt,
  };
}
