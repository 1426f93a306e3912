import { imageModelCatalog } from './catalog/image-models';
import { languageModelCatalog } from './catalog/language-models';
import { speechModelCatalog } from './catalog/speech-models';
import { videoModelCatalog } from './catalog/video-models';

/**
 * One of RunPod's public endpoints as `runpod.models()` lists it: the stable facts an app
 * needs to offer a model picker, read from the provider's catalog
 * (https://docs.runpod.io/public-endpoints/models).
 */
export interface RunPodModelInfo {
  /** The catalog ID, what the provider's factory for `kind` takes (`qwen/qwen3-32b-awq`). */
  readonly id: string;
  /** Which factory takes it: `runpod(id)` for `language`, `runpod.image(id)` for `image`, … */
  readonly kind: 'language' | 'image' | 'speech' | 'video';
  /** The public endpoint's ID (slug): `https://api.runpod.ai/v2/<endpointId>`. */
  readonly endpointId: string;
  /** Language models: the `model` name the endpoint's vLLM server answers to. */
  readonly servedModelName?: string;
  /**
   * What the model does: language models `tools`, `structured-outputs`, `reasoning`,
   * `image-input` (reads images in user messages);
   * image models `text-to-image`, `image-editing`; video models `text-to-video`,
   * `image-to-video`; speech models `text-to-speech`.
   */
  readonly capabilities: readonly string[];
  /** Context window in tokens (prompt and output together), where RunPod documents it. */
  readonly contextWindow?: number;
  /** Most tokens one answer may have, where RunPod documents it. */
  readonly maxOutputTokens?: number;
  /**
   * `available`: listed in RunPod's docs; `delisted`: its page exists but is gone from the
   * list; `retired`: RunPod removed the endpoint.
   */
  readonly status: 'available' | 'delisted' | 'retired';
  /** The model's page in RunPod's docs. */
  readonly docs: string;
}

type Inputs = Record<string, { required?: boolean; from?: string } | undefined>;

/**
 * `[generate]`, `[withInput]` or both, by the input that takes the AI SDK's images (`from`
 * one of `sources`): none, a required one, or an optional one.
 */
function mediaCapabilities(inputs: Inputs, generate: string, withInput: string, sources: string[]) {
  const given = Object.values(inputs).find(input => sources.includes(input?.from ?? ''));
  if (given === undefined) return [generate];
  return given.required ? [withInput] : [generate, withInput];
}

function build(): readonly RunPodModelInfo[] {
  const language = Object.entries(languageModelCatalog).map(([id, entry]): RunPodModelInfo => ({
    id,
    kind: 'language',
    endpointId: entry.endpoint,
    servedModelName: entry.servedModelName,
    capabilities: [
      ...(entry.tools ? ['tools'] : []),
      ...(entry.structuredOutputs ? ['structured-outputs'] : []),
      ...(entry.reasoning !== 'none' ? ['reasoning'] : []),
      ...('images' in entry && entry.images ? ['image-input'] : []),
    ],
    contextWindow: 'contextWindow' in entry ? entry.contextWindow : undefined,
    maxOutputTokens: 'maxOutputTokens' in entry ? entry.maxOutputTokens : undefined,
    status: entry.status,
    docs: entry.docs,
  }));
  const media = (
    kind: 'image' | 'speech' | 'video',
    catalog: Record<
      string,
      { endpoint: string; inputs: object; status: RunPodModelInfo['status']; docs: string }
    >,
    capabilities: (inputs: Inputs) => string[],
  ) =>
    Object.entries(catalog).map(([id, entry]): RunPodModelInfo => ({
      id,
      kind,
      endpointId: entry.endpoint,
      capabilities: capabilities(entry.inputs as Inputs),
      status: entry.status,
      docs: entry.docs,
    }));
  return Object.freeze(
    [
      ...language,
      ...media('image', imageModelCatalog, inputs =>
        mediaCapabilities(inputs, 'text-to-image', 'image-editing', ['images']),
      ),
      ...media('video', videoModelCatalog, inputs =>
        // Reference-to-video (Kling O1) takes `prompt.image` as its reference: image-to-video too.
        mediaCapabilities(inputs, 'text-to-video', 'image-to-video', ['image', 'referenceImages']),
      ),
      ...media('speech', speechModelCatalog, () => ['text-to-speech']),
    ].map(info => Object.freeze({ ...info, capabilities: Object.freeze(info.capabilities) })),
  );
}

let list: readonly RunPodModelInfo[] | undefined;

const byKind = new Map<RunPodModelInfo['kind'], readonly RunPodModelInfo[]>();

/** Every catalog model, or those of one kind; each list built once, frozen, shared. */
export function listModels(kind?: RunPodModelInfo['kind']): readonly RunPodModelInfo[] {
  list ??= build();
  if (kind === undefined) return list;
  let ofKind = byKind.get(kind);
  if (ofKind === undefined) {
    ofKind = Object.freeze(list.filter(model => model.kind === kind));
    byKind.set(kind, ofKind);
  }
  return ofKind;
}
