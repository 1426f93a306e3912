import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { type ComfyUICall, mapComfyUIWorkflow } from '../../src/media/comfyui-workflow';
import { fluxWorkflow, img2imgWorkflow, sdWorkflow } from '../comfyui-workflows';

const call = (overrides: Partial<ComfyUICall> = {}): ComfyUICall => ({
  modelId: 'comfyui-endpoint',
  prompt: 'a lighthouse',
  n: 1,
  images: [],
  ...overrides,
});

const IMAGE = { name: 'input_image_1.png', image: 'data:image/png;base64,iVBORw0KGgo=' };

function refusal(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    if (InvalidArgumentError.isInstance(error)) return error;
    throw error;
  }
  return expect.unreachable('should have thrown');
}

describe('mapComfyUIWorkflow', () => {
  it('writes prompt, negative prompt, seed, size and n into the usual nodes of an SD graph', () => {
    const workflow = sdWorkflow();
    const result = mapComfyUIWorkflow(
      workflow,
      call({ negativePrompt: 'text, watermark', seed: 7, size: { width: 768, height: 512 }, n: 3 }),
      {},
    );
    expect(result.workflows).toHaveLength(1);
    const [out] = result.workflows;
    expect(out['6'].inputs.text).toBe('a lighthouse');
    expect(out['7'].inputs.text).toBe('text, watermark');
    expect(out['3'].inputs.seed).toBe(7);
    expect(out['5'].inputs).toEqual({ width: 768, height: 512, batch_size: 3 });
    expect(result.warnings).toEqual([]);
    // The user's object is left as it was.
    expect(workflow).toEqual(sdWorkflow());
  });

  it('follows the positive conditioning through FluxGuidance and sets RandomNoise and the SD3 latent', () => {
    const [out] = mapComfyUIWorkflow(
      fluxWorkflow(),
      call({ seed: 11, size: { width: 1280, height: 768 } }),
      {},
    ).workflows;
    expect(out['6'].inputs.text).toBe('a lighthouse');
    expect(out['25'].inputs.noise_seed).toBe(11);
    expect(out['5'].inputs).toMatchObject({ width: 1280, height: 768, batch_size: 1 });
  });

  it('warns about a negative prompt the graph has no place for (Flux)', () => {
    const result = mapComfyUIWorkflow(fluxWorkflow(), call({ negativePrompt: 'blurry' }), {});
    expect(result.warnings).toEqual([
      expect.objectContaining({
        type: 'unsupported',
        feature: 'providerOptions.runpod.negativePrompt',
      }),
    ]);
  });

  it('puts input images into the LoadImage node and runs n jobs with counted-up seeds without a batch size', () => {
    const result = mapComfyUIWorkflow(img2imgWorkflow(), call({ images: [IMAGE], n: 2 }), {});
    expect(result.images).toEqual([IMAGE]);
    expect(result.workflows.map(out => out['10'].inputs.image)).toEqual([
      'input_image_1.png',
      'input_image_1.png',
    ]);
    expect(result.workflows.map(out => out['3'].inputs.seed)).toEqual([1234, 1235]);
  });

  it('warns about input images the workflow has no LoadImage node for, and does not send them', () => {
    const result = mapComfyUIWorkflow(sdWorkflow(), call({ images: [IMAGE] }), {});
    expect(result.images).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'prompt.images' }),
    ]);
  });

  it('uses the nodes the user names, by string or number ID', () => {
    const workflow = sdWorkflow();
    // A second sampler pass makes the defaults ambiguous.
    workflow['13'] = { ...structuredClone(workflow['3']) };
    workflow['14'] = { class_type: 'CLIPTextEncode', inputs: { text: 'hires', clip: ['4', 1] } };
    workflow['13'].inputs.positive = ['14', 0];
    const [out] = mapComfyUIWorkflow(workflow, call({ seed: 5 }), {
      prompt: '14',
      seed: '13',
    }).workflows;
    expect(out['14'].inputs.text).toBe('a lighthouse');
    expect(out['6'].inputs.text).toBe('a cat');
    expect(out['13'].inputs.seed).toBe(5);
    expect(out['3'].inputs.seed).toBe(1234);
  });

  it('refuses ambiguity: two candidate nodes and none named', () => {
    const workflow = sdWorkflow();
    workflow['13'] = structuredClone(workflow['3']);
    workflow['14'] = { class_type: 'CLIPTextEncode', inputs: { text: 'hires', clip: ['4', 1] } };
    workflow['13'].inputs.positive = ['14', 0];
    const error = refusal(() => mapComfyUIWorkflow(workflow, call(), {}));
    expect(error.argument).toBe('providerOptions.runpod.workflowNodes.prompt');
    expect(error.message).toBe(
      "RunPod image model 'comfyui-endpoint': the workflow has several nodes that could take the prompt " +
        "('6' CLIPTextEncode, '14' CLIPTextEncode); name one as providerOptions.runpod.workflowNodes.prompt.",
    );
    expect(
      refusal(() => mapComfyUIWorkflow(workflow, call({ seed: 1 }), { prompt: '6' })).message,
    ).toContain("several nodes that could take the seed ('3' KSampler, '13' KSampler)");
  });

  it('refuses a named node that is missing or lacks the input', () => {
    expect(
      refusal(() => mapComfyUIWorkflow(sdWorkflow(), call(), { prompt: '99' })).message,
    ).toContain("workflowNodes.prompt names node '99', which the workflow does not have");
    expect(
      refusal(() =>
        mapComfyUIWorkflow(sdWorkflow(), call({ size: { width: 64, height: 64 } }), { size: '3' }),
      ).message,
    ).toContain(
      "workflowNodes.size names node '3' (KSampler), which has no width and height inputs",
    );
    expect(
      refusal(() =>
        mapComfyUIWorkflow(img2imgWorkflow(), call({ images: [IMAGE] }), { images: ['3'] }),
      ).message,
    ).toContain("workflowNodes.images names node '3' (KSampler), which is no LoadImage node");
  });

  it('asks to name the LoadImage nodes when there are several', () => {
    const workflow = img2imgWorkflow();
    workflow['20'] = { class_type: 'LoadImage', inputs: { image: 'mask.png' } };
    const error = refusal(() => mapComfyUIWorkflow(workflow, call({ images: [IMAGE] }), {}));
    expect(error.message).toContain("several LoadImage nodes ('10' LoadImage, '20' LoadImage)");
    const second = { ...IMAGE, name: 'input_image_2.png' };
    const [out] = mapComfyUIWorkflow(workflow, call({ images: [IMAGE, second] }), {
      images: ['20', '10'],
    }).workflows;
    expect([out['20'].inputs.image, out['10'].inputs.image]).toEqual([
      'input_image_1.png',
      'input_image_2.png',
    ]);
  });
});
