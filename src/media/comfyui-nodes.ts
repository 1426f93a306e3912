import type { ComfyNode, ComfyWorkflow } from './comfyui-options';

/**
 * Where the AI SDK's options go in a ComfyUI workflow when the user names no node: the
 * node classes of ComfyUI's usual text-to-image graphs, as worker-comfyui's test workflows
 * use them (`test_resources/workflows/*.json` @ d2a5572: SD 1.5, SDXL Turbo and SD3 with
 * `KSampler` and `EmptyLatentImage`/`EmptySD3LatentImage`; Flux with `SamplerCustomAdvanced`,
 * `BasicGuider`, `RandomNoise` and `FluxGuidance` between the encoder and the sampler).
 */

/** Samplers and guiders: which of their inputs take the positive and negative conditioning. */
const CONDITIONING_INPUTS: Record<string, { positive: string; negative?: string }> = {
  KSampler: { positive: 'positive', negative: 'negative' },
  KSamplerAdvanced: { positive: 'positive', negative: 'negative' },
  SamplerCustom: { positive: 'positive', negative: 'negative' },
  CFGGuider: { positive: 'positive', negative: 'negative' },
  BasicGuider: { positive: 'conditioning' },
};

/** Nodes whose seed input takes `seed`, and that input's name. */
const SEED_INPUTS: Record<string, string> = {
  KSampler: 'seed',
  KSamplerAdvanced: 'noise_seed',
  SamplerCustom: 'noise_seed',
  RandomNoise: 'noise_seed',
};

/** Empty latent images, whose `width`, `height` and `batch_size` take `size` and `n`. */
const LATENT_CLASSES = new Set(['EmptyLatentImage', 'EmptySD3LatentImage']);

/** The class of ComfyUI's image loader, whose `image` input names an uploaded image. */
export const LOAD_IMAGE = 'LoadImage';

/** How many nodes a conditioning link is followed back through (`FluxGuidance`, …). */
const MAX_HOPS = 8;

/** A link to another node's output: `[node id, output index]`. */
function linkedNode(value: unknown): string | undefined {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string'
    ? value[0]
    : undefined;
}

/** Whether a node takes its text in a `text` string input (`CLIPTextEncode` and its kind). */
export const takesText = (node: ComfyNode | undefined) => typeof node?.inputs.text === 'string';

/**
 * The text encoder a sampler's conditioning input comes from: the link followed back
 * through nodes that pass conditioning on (`FluxGuidance`'s `conditioning`).
 */
function encoderOf(workflow: ComfyWorkflow, link: unknown): string | undefined {
  let id = linkedNode(link);
  for (let hop = 0; id !== undefined && hop < MAX_HOPS; hop += 1) {
    const node = workflow[id] as ComfyNode | undefined;
    if (node === undefined) return undefined;
    if (takesText(node)) return id;
    id = linkedNode(node.inputs.conditioning);
  }
  return undefined;
}

/** Node IDs in the workflow's order, without repeats. */
const unique = (ids: Array<string | undefined>) => [
  ...new Set(ids.filter((id): id is string => id !== undefined)),
];

/**
 * The text encoders wired to the samplers' positive (or negative) conditioning; for the
 * positive side, the only text encoder when no sampler's input leads to one.
 */
export function conditioningCandidates(
  workflow: ComfyWorkflow,
  side: 'positive' | 'negative',
): string[] {
  const found = unique(
    Object.values(workflow).map(node => {
      const inputs = CONDITIONING_INPUTS[node.class_type];
      const input = inputs?.[side];
      return input === undefined ? undefined : encoderOf(workflow, node.inputs[input]);
    }),
  );
  if (found.length > 0 || side === 'negative') return found;
  return Object.keys(workflow).filter(id => takesText(workflow[id]));
}

/** The input a node takes a seed in (`seed`, `noise_seed`), if it has one of its own value. */
export function seedInput(node: ComfyNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const known = SEED_INPUTS[node.class_type];
  const name = known ?? ['seed', 'noise_seed'].find(input => input in node.inputs);
  return name !== undefined && typeof node.inputs[name] === 'number' ? name : undefined;
}

/** Nodes of the usual seeded classes with a seed value of their own (not a link). */
export const seedCandidates = (workflow: ComfyWorkflow) =>
  Object.keys(workflow).filter(
    id =>
      SEED_INPUTS[workflow[id].class_type] !== undefined && seedInput(workflow[id]) !== undefined,
  );

/** Whether a node has `width` and `height` inputs of its own. */
export const takesSize = (node: ComfyNode | undefined) =>
  typeof node?.inputs.width === 'number' && typeof node.inputs.height === 'number';

/** The empty latent images of the workflow. */
export const latentCandidates = (workflow: ComfyWorkflow) =>
  Object.keys(workflow).filter(id => LATENT_CLASSES.has(workflow[id].class_type));

/** The workflow's image loaders. */
export const loadImageCandidates = (workflow: ComfyWorkflow) =>
  Object.keys(workflow).filter(id => workflow[id].class_type === LOAD_IMAGE);
