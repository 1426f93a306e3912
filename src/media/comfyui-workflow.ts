import { InvalidArgumentError, type SharedV3Warning } from '@ai-sdk/provider';
import type { Dimensions } from './dimensions';
import {
  conditioningCandidates,
  latentCandidates,
  LOAD_IMAGE,
  loadImageCandidates,
  seedCandidates,
  seedInput,
  takesSize,
  takesText,
} from './comfyui-nodes';
import type { ComfyNode, ComfyWorkflow, ComfyWorkflowNodes } from './comfyui-options';

/** An input image as worker-comfyui takes it in `input.images` (`validate_input`). */
export interface ComfyUIImage {
  /** The file name a `LoadImage` node names. */
  name: string;
  /** Base64, with or without a `data:` prefix. */
  image: string;
}

/** What one `generateImage` call gives a ComfyUI workflow. */
export interface ComfyUICall {
  modelId: string;
  prompt: string;
  negativePrompt?: string;
  seed?: number;
  /** `size`, or the size `aspectRatio` came to. */
  size?: Dimensions;
  n: number;
  images: ComfyUIImage[];
}

export interface ComfyUIMapping {
  /** One workflow per job: one in all, unless `n` images need `n` jobs (no batch size). */
  workflows: ComfyWorkflow[];
  /** The input images some `LoadImage` node takes, for `input.images`. */
  images: ComfyUIImage[];
  warnings: SharedV3Warning[];
}

type Role = Exclude<keyof ComfyWorkflowNodes, 'images'>;

/**
 * The AI SDK's options written into a copy of the user's ComfyUI workflow (the user's
 * object is left as it is), at the nodes `nodes` names or, where it names none, at the
 * one node of the usual class (see `comfyui-nodes.ts`):
 * - `prompt` → the `text` of the encoder wired to the samplers' positive conditioning;
 * - `negativePrompt` → the `text` of the encoder wired to their negative conditioning;
 * - `size` → `width`/`height` of the empty latent image, and `n` → its `batch_size`
 *   (one job); without a batch size `n` jobs run, their seeds counted up;
 * - `seed` → the sampler's `seed` (`KSampler`) or `noise_seed` (`RandomNoise`, …);
 * - `images` → the `image` of the `LoadImage` nodes, in order.
 * An option the workflow has no node for is a warning.
 *
 * @throws {InvalidArgumentError} before any request, when a named node is missing or has
 * no such input, or several nodes could take an option and none is named.
 */
export function mapComfyUIWorkflow(
  workflow: ComfyWorkflow,
  call: ComfyUICall,
  nodes: ComfyWorkflowNodes,
): ComfyUIMapping {
  const out = structuredClone(workflow);
  const warnings: SharedV3Warning[] = [];
  const unsupported = (feature: string, details: string) =>
    warnings.push({ type: 'unsupported', feature, details: `'${call.modelId}': ${details}` });
  const pick = nodePicker(out, call.modelId, nodes);

  const promptId = pick('prompt', conditioningCandidates(out, 'positive'), takesText, 'text input');
  if (promptId === undefined) {
    unsupported(
      'prompt',
      'the workflow has no CLIPTextEncode node for the prompt; it was not used.',
    );
  } else out[promptId].inputs.text = call.prompt;

  if (call.negativePrompt !== undefined) {
    const candidates = conditioningCandidates(out, 'negative').filter(id => id !== promptId);
    const id = pick('negativePrompt', candidates, takesText, 'text input');
    if (id === undefined) {
      unsupported(
        'providerOptions.runpod.negativePrompt',
        'the workflow has no text encoder wired to negative conditioning; the negative prompt was not used.',
      );
    } else out[id].inputs.text = call.negativePrompt;
  }

  const needsLatent = call.size !== undefined || call.n > 1 || nodes.size !== undefined;
  const latentId = needsLatent
    ? pick('size', latentCandidates(out), takesSize, 'width and height inputs')
    : undefined;
  const latent = latentId === undefined ? undefined : out[latentId];
  if (call.size !== undefined) {
    if (latent === undefined) {
      unsupported('size', 'the workflow has no empty latent image (EmptyLatentImage) to size.');
    } else Object.assign(latent.inputs, call.size);
  }
  const batched = call.n > 1 && typeof latent?.inputs.batch_size === 'number';
  if (batched) latent!.inputs.batch_size = call.n;

  const needsSeed = call.seed !== undefined || (call.n > 1 && !batched);
  const seedId = needsSeed
    ? pick('seed', seedCandidates(out), node => seedInput(node) !== undefined, 'seed input')
    : undefined;
  const seedNode = seedId === undefined ? undefined : out[seedId];
  if (call.seed !== undefined) {
    if (seedNode === undefined) unsupported('seed', 'the workflow has no sampler seed to set.');
    else seedNode.inputs[seedInput(seedNode)!] = call.seed;
  }

  const images = placeImages(out, call, nodes.images, unsupported);
  return { workflows: jobWorkflows(out, call.n, batched, seedId, warnings), images, warnings };
}

/**
 * Picks the node of a role: the one named (which must exist and take the input), else
 * the only candidate; undefined when there is none.
 */
function nodePicker(workflow: ComfyWorkflow, modelId: string, nodes: ComfyWorkflowNodes) {
  return (
    role: Role,
    candidates: string[],
    accepts: (node: ComfyNode) => boolean,
    needs: string,
  ): string | undefined => {
    const named = nodes[role];
    if (named !== undefined) {
      const node = workflow[named] as ComfyNode | undefined;
      if (node !== undefined && accepts(node)) return named;
      fail(
        modelId,
        `workflowNodes.${role}`,
        node === undefined
          ? `providerOptions.runpod.workflowNodes.${role} names node '${named}', which the workflow does not have`
          : `providerOptions.runpod.workflowNodes.${role} names node '${named}' (${node.class_type}), which has no ${needs}`,
      );
    }
    if (candidates.length <= 1) return candidates[0];
    return fail(
      modelId,
      `workflowNodes.${role}`,
      `the workflow has several nodes that could take the ${role} (${describe(workflow, candidates)}); ` +
        `name one as providerOptions.runpod.workflowNodes.${role}`,
    );
  };
}

/** Sets the `LoadImage` nodes' `image` to the input images' names; returns the images placed. */
function placeImages(
  workflow: ComfyWorkflow,
  call: ComfyUICall,
  named: string[] | undefined,
  unsupported: (feature: string, details: string) => void,
): ComfyUIImage[] {
  if (call.images.length === 0) return [];
  let targets = named;
  if (targets === undefined) {
    targets = loadImageCandidates(workflow);
    if (targets.length > 1 && call.images.length > 0) {
      fail(
        call.modelId,
        'workflowNodes.images',
        `the workflow has several LoadImage nodes (${describe(workflow, targets)}); name the ones ` +
          `that take prompt.images, in order, as providerOptions.runpod.workflowNodes.images`,
      );
    }
  }
  for (const id of targets) {
    const node = workflow[id] as ComfyNode | undefined;
    if (node?.class_type !== LOAD_IMAGE) {
      fail(
        call.modelId,
        'workflowNodes.images',
        `providerOptions.runpod.workflowNodes.images names node '${id}'` +
          (node === undefined
            ? ', which the workflow does not have'
            : ` (${node.class_type}), which is no LoadImage node`),
      );
    }
  }
  if (call.images.length > targets.length) {
    unsupported(
      'prompt.images',
      `the workflow has ${targets.length} LoadImage node(s) for ${call.images.length} input images; ` +
        `the last ${call.images.length - targets.length} were not sent.`,
    );
  }
  const placed = call.images.slice(0, targets.length);
  placed.forEach((image, index) => (workflow[targets[index]].inputs.image = image.name));
  return placed;
}

/**
 * The workflow of each job: the one workflow, or (for `n` images without a batch size)
 * `n` copies whose seeds count up from the seed set, so the images differ.
 */
function jobWorkflows(
  workflow: ComfyWorkflow,
  n: number,
  batched: boolean,
  seedId: string | undefined,
  warnings: SharedV3Warning[],
): ComfyWorkflow[] {
  if (n <= 1 || batched) return [workflow];
  const seedNode = seedId === undefined ? undefined : workflow[seedId];
  const input = seedInput(seedNode);
  if (seedNode === undefined || input === undefined) {
    warnings.push({
      type: 'other',
      message: `The workflow has neither a batch size nor a seed to vary; ${n} jobs ran the same workflow.`,
    });
    return Array.from({ length: n }, () => workflow);
  }
  const base = seedNode.inputs[input] as number;
  return Array.from({ length: n }, (_, index) => {
    const copy = structuredClone(workflow);
    copy[seedId!].inputs[input] = base + index;
    return copy;
  });
}

function describe(workflow: ComfyWorkflow, ids: string[]): string {
  return ids.map(id => `'${id}' ${workflow[id].class_type}`).join(', ');
}

function fail(modelId: string, role: string, message: string): never {
  throw new InvalidArgumentError({
    argument: `providerOptions.runpod.${role}`,
    message: `RunPod image model '${modelId}': ${message}.`,
  });
}
