import type { ImageFamilyName } from '../image/families';

/**
 * RunPod's public image endpoints, as data: the endpoint slug, the family of input
 * mapping it uses, and the documented limits the mapping enforces.
 * (https://docs.runpod.io/public-endpoints/reference)
 */
export interface ImageModelCatalogEntry {
  /** Endpoint ID (slug) of the public endpoint. */
  endpoint: string;
  /** Which mapper in `src/image/families` builds its `input`. */
  family: ImageFamilyName;
  /** How many input images it takes (edit models); absent for text-to-image only. */
  inputImages?: { min: number; max: number };
  /** The `size` values (`"W*H"`) it accepts, where its page lists them. */
  sizes?: readonly string[];
  /** The `aspect_ratio` values it accepts, where it takes one. */
  aspectRatios?: readonly string[];
  /** Flux: the largest `num_inference_steps`. */
  maxInferenceSteps?: number;
  /** How long a job usually runs, in ms (the page's example `executionTime`): seeds the poll schedule. */
  typicalExecutionMs?: number;
  /** `available`: listed in RunPod's docs today. */
  status: 'available' | 'delisted' | 'retired';
  /** The RunPod doc page for the endpoint. */
  docs: string;
}

const docs = (page: string) => `https://docs.runpod.io/public-endpoints/models/${page}`;

/** The image model catalog: catalog ID → entry. README.md's image table lists the same entries. */
export const imageModelCatalog = {
  'black-forest-labs/flux-1-dev': {
    endpoint: 'black-forest-labs-flux-1-dev',
    family: 'flux',
    maxInferenceSteps: 50,
    typicalExecutionMs: 3_000,
    status: 'available',
    docs: docs('flux-dev'),
  },
  'black-forest-labs/flux-1-schnell': {
    endpoint: 'black-forest-labs-flux-1-schnell',
    family: 'flux',
    maxInferenceSteps: 8,
    typicalExecutionMs: 856,
    status: 'available',
    docs: docs('flux-schnell'),
  },
} as const satisfies Record<string, ImageModelCatalogEntry>;

/** Catalog IDs of RunPod's public image endpoints. */
export type RunPodCatalogImageModelId = keyof typeof imageModelCatalog;
