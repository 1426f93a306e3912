import { InvalidArgumentError, type JSONObject } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { imageModelCatalog } from '../src/catalog/image-models';
import { speechModelCatalog } from '../src/catalog/speech-models';
import { videoModelCatalog } from '../src/catalog/video-models';
import type { MediaParameter } from '../src/catalog/media-parameter';
import { fasterWhisperWorker } from '../src/catalog/transcription-models';
import {
  aiVersions,
  generateSpeechOf,
  jobSubmissions,
  mockRunPod,
  rejection,
  transcribeOf,
} from './helpers';

// `providerOptions.runpod` on every media model, parameter by parameter, through the AI
// SDK's functions: RunPod's own input name and our camelCase alias give the same `input`;
// a wrong type is refused before any request, naming the key; a key the model's page does
// not document is sent as given, with one warning. The mock's endpoints check each `input`
// as the model's page describes it (tests/mock-runpod/media-endpoints).
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

type Ai = (typeof aiVersions)[number][1];
type Mock = ReturnType<typeof mockRunPod>;
type Kind = 'image' | 'video' | 'speech' | 'transcription';
type Entry = { inputs: Record<string, MediaParameter> };
type Call = { args: Record<string, unknown>; options: Record<string, unknown> };

const PROMPT = 'a lighthouse at dusk';
const PHOTO = 'https://example.com/photo.png';
// A short 16-bit mono WAV header and a few samples.
const WAV = new Uint8Array([
  ...[0x52, 0x49, 0x46, 0x46, 44, 0, 0, 0, 0x57, 0x41, 0x56, 0x45],
  ...Array.from({ length: 40 }, (_, i) => i),
]);

const models: Array<[Kind, string, Entry]> = [
  ...Object.entries(imageModelCatalog).map(([id, e]) => ['image', id, e] as [Kind, string, Entry]),
  ...Object.entries(videoModelCatalog).map(([id, e]) => ['video', id, e] as [Kind, string, Entry]),
  ...Object.entries(speechModelCatalog).map(
    ([id, e]) => ['speech', id, e] as [Kind, string, Entry],
  ),
  ['transcription', 'whisper-options', fasterWhisperWorker],
];

/** A value the parameter takes, and the mock's endpoint accepts. */
function sample(name: string, parameter: MediaParameter): unknown {
  if (parameter.values) return parameter.values[0];
  if (parameter.suggested) return parameter.suggested[0];
  switch (parameter.type) {
    case 'boolean':
      return true;
    case 'url':
      return /audio|voice/.test(name)
        ? 'https://example.com/sample.wav'
        : name === 'video'
          ? 'https://example.com/sample.mp4'
          : PHOTO;
    case 'urls':
      return Array.from({ length: Math.max(parameter.min ?? 1, 1) }, () => PHOTO);
    case 'loras':
      return [{ path: 'https://example.com/style.safetensors', scale: 0.5 }];
    case 'integer':
    case 'number':
      return parameter.multipleOf !== undefined
        ? Math.ceil((parameter.min ?? 0) / parameter.multipleOf) * parameter.multipleOf
        : (parameter.min ?? (parameter.type === 'integer' ? 5 : 0.5));
  }
  if (parameter.format === 'W*H') return '1280*720';
  if (parameter.from === 'aspectRatio') return '16:9';
  return name === 'language' ? 'en' : 'sample';
}

/** A value of the wrong type for the parameter. */
function wrong(parameter: MediaParameter): unknown {
  switch (parameter.type) {
    case 'string':
      return 42;
    case 'integer':
    case 'number':
      return 'five';
    case 'boolean':
      return 'yes';
    case 'url':
      return 'not a url';
    case 'urls':
      return 'not a list';
    case 'loras':
      return [{ path: 'lora.safetensors' }];
  }
}

/** The smallest call the model runs: its required standard options, and required provider options by RunPod's name. */
function baseCall(kind: Kind, entry: Entry, without?: string): Call {
  const args: Record<string, unknown> = {};
  const options: Record<string, unknown> = {};
  // The required inputs a standard option fills, but not `without`: a test gives that one
  // by its RunPod name alone.
  const from = (option: string) =>
    Object.entries(entry.inputs).find(([name, p]) => p.from === option && name !== without)?.[1];
  if (kind === 'image') {
    const images = from('images');
    args.prompt = images?.required
      ? { text: PROMPT, images: Array.from({ length: images.min ?? 1 }, () => PHOTO) }
      : PROMPT;
  }
  if (kind === 'video') {
    args.prompt = from('image')?.required ? { image: PHOTO, text: PROMPT } : PROMPT;
    if (from('referenceImages')?.required) args.inputReferences = [PHOTO];
    const duration = from('duration');
    if (duration?.required) args.duration = duration.values![0];
    const resolution = from('resolution');
    if (resolution?.required) args.resolution = '1280x720';
  }
  for (const [name, parameter] of Object.entries(entry.inputs)) {
    if (parameter.required && parameter.from === undefined && name !== without) {
      options[name] = sample(name, parameter);
    }
  }
  return { args, options };
}

/** The `input` of every job the mock received. */
async function submittedInputs(mock: Mock): Promise<Array<Record<string, unknown>>> {
  return (await jobSubmissions(mock)).map(job => job.input);
}

describe.concurrent.each(aiVersions)('media provider options (%s)', (_, ai) => {
  const run = (mock: Mock, kind: Kind, id: string, { args, options }: Call) => {
    const provider = mock.provider();
    const common = { maxRetries: 0, providerOptions: { runpod: options as JSONObject } };
    switch (kind) {
      case 'image':
        return ai.generateImage({ model: provider.image(id), prompt: PROMPT, ...common, ...args });
      case 'video':
        return ai.experimental_generateVideo({
          model: provider.video(id),
          ...common,
          ...args,
        } as unknown as Parameters<Ai['experimental_generateVideo']>[0]);
      case 'speech':
        return generateSpeechOf(ai)({
          model: provider.speech(id),
          text: 'Hello there.',
          ...common,
        });
      case 'transcription':
        return transcribeOf(ai)({
          model: provider.transcription(id),
          audio: WAV,
          ...common,
        });
    }
  };

  /** Runs a call and returns the one job `input` and the call's warnings. */
  async function sent(kind: Kind, id: string, call: Call) {
    const mock = mockRunPod();
    const result = (await run(mock, kind, id, call)) as { warnings: unknown[] };
    const inputs = await submittedInputs(mock);
    expect(inputs).toHaveLength(1);
    return { input: inputs[0], warnings: result.warnings };
  }

  describe.each(models)('%s %s', (kind, id, entry) => {
    const documented = Object.entries(entry.inputs).filter(
      ([, parameter]) => parameter.from !== 'audioData' && parameter.from !== 'audioUrl',
    );

    it.each(documented)(
      '%s: by its RunPod name and by its alias, the same input',
      async (name, parameter) => {
        const base = baseCall(kind, entry, name);
        const value = sample(name, parameter);
        const byName = await sent(kind, id, {
          ...base,
          options: { ...base.options, [name]: value },
        });
        expect(byName.input[name]).toEqual(value);
        expect(byName.warnings.filter(w => (w as { type: string }).type === 'other')).toEqual([]);
        if (parameter.alias === undefined) return;
        const byAlias = await sent(kind, id, {
          ...base,
          options: { ...base.options, [parameter.alias]: value },
        });
        expect(byAlias).toEqual(byName);
      },
    );

    it.each(documented)(
      '%s: a value of the wrong type is refused before any request',
      async (name, parameter) => {
        const base = baseCall(kind, entry, name);
        // Under RunPod's name and under the alias alike.
        for (const key of [name, ...(parameter.alias ? [parameter.alias] : [])]) {
          const mock = mockRunPod();
          const error = await rejection(
            run(mock, kind, id, { ...base, options: { ...base.options, [key]: wrong(parameter) } }),
          );
          expect(InvalidArgumentError.isInstance(error)).toBe(true);
          expect(error.argument).toBe(`providerOptions.runpod.${key}`);
          expect(error.message).toContain(`providerOptions.runpod.${key}`);
          expect(await mock.requests()).toEqual([]);
        }
      },
    );

    it('sends a key its page does not document as given, with one warning naming it', async () => {
      const base = baseCall(kind, entry);
      const call = {
        ...base,
        options: { ...base.options, x_undocumented_knob: 3, maxWaitMs: 60_000 },
      };
      if (kind === 'transcription') {
        // The faster-whisper worker refuses keys it does not know, and the job fails.
        const mock = mockRunPod();
        const error = await rejection(run(mock, kind, id, call));
        expect(error.message).toContain('x_undocumented_knob is not a valid input option');
        const [input] = await submittedInputs(mock);
        expect(input.x_undocumented_knob).toBe(3);
        expect(input).not.toHaveProperty('maxWaitMs');
        return;
      }
      const { input, warnings } = await sent(kind, id, call);
      expect(input.x_undocumented_knob).toBe(3);
      // The provider's own options never reach the input.
      expect(input).not.toHaveProperty('maxWaitMs');
      const others = warnings.filter(w => (w as { type: string }).type === 'other');
      expect(others).toEqual([
        {
          type: 'other',
          message: expect.stringContaining('providerOptions.runpod.x_undocumented_knob'),
        },
      ]);
    });
  });

  it('refuses one parameter given under both its names', async () => {
    const mock = mockRunPod();
    const error = await rejection(
      ai.generateImage({
        model: mock.provider().image('qwen/qwen-image'),
        prompt: PROMPT,
        providerOptions: { runpod: { negative_prompt: 'blur', negativePrompt: 'text' } },
      }),
    );
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.argument).toBe('providerOptions.runpod.negativePrompt');
    expect(error.message).toBe(
      "RunPod image model 'qwen/qwen-image': providerOptions.runpod has both negative_prompt and negativePrompt, two names of one parameter; give one.",
    );
    expect(await mock.requests()).toEqual([]);
  });

  it("RunPod's AI SDK page, image: native names to Flux Dev, enable_safety_checker with a warning", async () => {
    const mock = mockRunPod();
    const runpod = mock.provider();
    const { warnings } = await ai.generateImage({
      model: runpod.image('black-forest-labs-flux-1-dev'),
      prompt: 'A sunset over the ocean',
      providerOptions: {
        runpod: {
          negative_prompt: 'blurry',
          num_inference_steps: 30,
          guidance: 7.5,
          seed: 42,
          enable_safety_checker: true,
        },
      },
    });
    expect(await submittedInputs(mock)).toEqual([
      {
        prompt: 'A sunset over the ocean',
        negative_prompt: 'blurry',
        num_inference_steps: 30,
        guidance: 7.5,
        seed: 42,
        enable_safety_checker: true,
      },
    ]);
    // Flux Dev's page lists no enable_safety_checker.
    expect(warnings).toEqual([
      {
        type: 'other',
        message:
          "RunPod image model 'black-forest-labs/flux-1-dev': providerOptions.runpod.enable_safety_checker is not a parameter its RunPod page documents; it was sent as input.enable_safety_checker, as given.",
      },
    ]);
  });

  it("RunPod's AI SDK page, video: negative_prompt and guidance_scale reach WAN 2.6", async () => {
    const mock = mockRunPod();
    const runpod = mock.provider();
    const { warnings } = await ai.experimental_generateVideo({
      model: runpod.video('alibaba/wan-2.6-t2v'),
      prompt: 'A drone shot over a misty forest',
      duration: 5,
      aspectRatio: '16:9',
      providerOptions: { runpod: { negative_prompt: 'blurry, low quality', guidance_scale: 7.5 } },
    });
    const [input] = await submittedInputs(mock);
    expect(input).toMatchObject({
      prompt: 'A drone shot over a misty forest',
      duration: 5,
      negative_prompt: 'blurry, low quality',
      guidance_scale: 7.5,
    });
    expect(warnings).toContainEqual({
      type: 'other',
      message: expect.stringContaining('providerOptions.runpod.guidance_scale is not a parameter'),
    });
  });

  it('takes seed from provider options as the standard seed, counting up for n', async () => {
    const mock = mockRunPod();
    await ai.generateImage({
      model: mock.provider().image('qwen/qwen-image'),
      prompt: PROMPT,
      n: 2,
      providerOptions: { runpod: { seed: 10 } },
    });
    const seeds = (await submittedInputs(mock)).map(input => input.seed);
    expect(seeds.sort()).toEqual([10, 11]);
  });

  it('sends every key to your own endpoint as given, without warnings', async () => {
    const mock = mockRunPod();
    const { warnings } = await ai.generateImage({
      model: mock.provider().image('my-image-endpoint'),
      prompt: PROMPT,
      providerOptions: { runpod: { steps: 20, negativePrompt: 'x', maxWaitMs: 60_000 } },
    });
    expect(await submittedInputs(mock)).toEqual([
      { prompt: PROMPT, steps: 20, negativePrompt: 'x' },
    ]);
    expect(warnings).toEqual([]);
  });
});
