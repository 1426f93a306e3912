import { APICallError, InvalidArgumentError, InvalidResponseDataError } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import { aiVersions, jobSubmissions, mockRunPod, rejection } from './helpers';
import { fluxWorkflow, img2imgWorkflow, sdWorkflow } from './comfyui-workflows';
import { mediaBytes } from './mock-runpod/media';

// Your own endpoint running worker-comfyui, through generateImage: the mock plays the
// worker (tests/mock-runpod/media-endpoints/comfyui.ts) for every endpoint ID starting
// with `comfyui` (`comfyui-s3…`: S3 uploads configured).
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

type Mock = ReturnType<typeof mockRunPod>;

const PROMPT = 'a lighthouse at dusk';
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** The bytes the mock's worker made for the `n`th image of a job (it names them by job). */
const madeBytes = (jobId: string, n: number) => mediaBytes(`${jobId}-${n}.png`)!.bytes;

async function expectRejectedBeforeSending(mock: Mock, promise: Promise<unknown>, text: string) {
  const error = await rejection(promise);
  expect(InvalidArgumentError.isInstance(error)).toBe(true);
  expect((error as Error).message).toContain(text);
  expect(await mock.requests()).toEqual([]);
}

describe.each(aiVersions)('ComfyUI endpoints (%s)', (_name, ai) => {
  const generate = (mock: Mock, endpoint: string, args: Record<string, any>) =>
    ai.generateImage({
      model: mock.provider().image(endpoint),
      prompt: PROMPT,
      maxRetries: 0,
      ...args,
    });

  it('writes prompt, seed, size and n into the workflow, runs one job and decodes the base64 images', async () => {
    const mock = mockRunPod();
    const workflow = sdWorkflow();
    const result = await generate(mock, 'comfyuiendpoint1', {
      n: 2,
      seed: 7,
      size: '768x512',
      providerOptions: { runpod: { workflow } },
    });

    const jobs = await jobSubmissions(mock);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].path).toBe('/v2/comfyuiendpoint1/run');
    const sent = jobs[0].input;
    expect(Object.keys(sent)).toEqual(['workflow']);
    expect(sent.workflow['6'].inputs.text).toBe(PROMPT);
    expect(sent.workflow['7'].inputs.text).toBe('blurry');
    expect(sent.workflow['3'].inputs.seed).toBe(7);
    expect(sent.workflow['5'].inputs).toEqual({ width: 768, height: 512, batch_size: 2 });
    expect(workflow).toEqual(sdWorkflow());

    const { jobId } = result.providerMetadata.runpod.images[0] as { jobId: string };
    expect(result.images.map(image => image.mediaType)).toEqual(['image/png', 'image/png']);
    expect(result.images.map(image => image.uint8Array)).toEqual([
      madeBytes(jobId, 1),
      madeBytes(jobId, 2),
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('puts the negative prompt and aspect ratio in, and sends other provider options as given', async () => {
    const mock = mockRunPod();
    await generate(mock, 'comfyuiendpoint2', {
      aspectRatio: '16:9',
      providerOptions: {
        runpod: {
          workflow: sdWorkflow(),
          negativePrompt: 'text, watermark',
          comfy_org_api_key: 'comfyui-test-key',
        },
      },
    });
    const [{ input }] = await jobSubmissions(mock);
    expect(input.comfy_org_api_key).toBe('comfyui-test-key');
    expect(input.negativePrompt).toBeUndefined();
    expect(input.workflow['7'].inputs.text).toBe('text, watermark');
    expect(input.workflow['5'].inputs).toEqual({ width: 1344, height: 768, batch_size: 1 });
  });

  it('follows a Flux graph to its encoder, RandomNoise and SD3 latent, at the nodes named or found', async () => {
    const mock = mockRunPod();
    const result = await generate(mock, 'comfyuiendpoint3', {
      seed: 3,
      providerOptions: {
        runpod: { workflow: fluxWorkflow(), workflowNodes: { seed: 25 }, negativePrompt: 'x' },
      },
    });
    const [{ input }] = await jobSubmissions(mock);
    expect(input.workflow['6'].inputs.text).toBe(PROMPT);
    expect(input.workflow['25'].inputs.noise_seed).toBe(3);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        type: 'unsupported',
        feature: 'providerOptions.runpod.negativePrompt',
      }),
    ]);
  });

  it('sends prompt.images as input.images and names them in the LoadImage node (image-to-image)', async () => {
    const mock = mockRunPod();
    const result = await generate(mock, 'comfyuiendpoint4', {
      prompt: { text: PROMPT, images: [PNG_BYTES] },
      n: 2,
      providerOptions: { runpod: { workflow: img2imgWorkflow() } },
    });
    const jobs = await jobSubmissions(mock);
    // No batch size in an image-to-image graph: two jobs, their seeds counted up.
    expect(jobs.map(job => job.input.workflow['3'].inputs.seed)).toEqual([1234, 1235]);
    for (const { input } of jobs) {
      expect(input.images).toEqual([
        {
          name: 'input_image_1.png',
          image: `data:image/png;base64,${convertUint8ArrayToBase64(PNG_BYTES)}`,
        },
      ]);
      expect(input.workflow['10'].inputs.image).toBe('input_image_1.png');
    }
    expect(result.images).toHaveLength(2);
  });

  it('downloads the images of an endpoint that uploads them to S3 (s3_url)', async () => {
    const mock = mockRunPod();
    const result = await generate(mock, 'comfyui-s3-endpoint', {
      providerOptions: { runpod: { workflow: sdWorkflow() } },
    });
    const { url } = result.providerMetadata.runpod.images[0] as { url: string };
    expect(url).toMatch(/\/media\/[^/]+-1\.png$/);
    const downloads = (await mock.requests()).filter(request => request.path.startsWith('/media/'));
    expect(downloads.map(request => `${mock.origin}${request.path}`)).toEqual([url]);
    expect(result.image.uint8Array).toEqual(mediaBytes(url.slice(url.lastIndexOf('/') + 1))!.bytes);
  });

  it("gives the worker's errors beside its images as warnings", async () => {
    const mock = mockRunPod();
    const workflow: Record<string, any> = sdWorkflow();
    workflow['20'] = {
      class_type: 'SaveImage',
      inputs: {
        filename_prefix: 'upscaled',
        images: ['8', 0],
        mock_exception_message: 'CUDA out of memory',
      },
    };
    const result = await generate(mock, 'comfyuiendpoint5', {
      providerOptions: { runpod: { workflow } },
    });
    expect(result.images).toHaveLength(1);
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          "RunPod image model 'comfyuiendpoint5': the worker reported: Workflow execution error: " +
          'Node Type: SaveImage, Node ID: 20, Message: CUDA out of memory',
      },
    ]);
  });

  it("fails with the worker's message when the workflow saved no image", async () => {
    const mock = mockRunPod();
    const workflow: Record<string, any> = sdWorkflow();
    workflow['9'].inputs.mock_exception_message = 'CUDA out of memory';
    const error = await rejection(
      generate(mock, 'comfyuiendpoint6', { providerOptions: { runpod: { workflow } } }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/endpoint 'comfyuiendpoint6'.*failed: Job processing failed/);
  });

  it("fails with the worker's validation message for an image the workflow names but nobody sent", async () => {
    const mock = mockRunPod();
    const error = await rejection(
      generate(mock, 'comfyuiendpoint7', {
        providerOptions: { runpod: { workflow: img2imgWorkflow() } },
      }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toContain(
      'Workflow validation failed:\n• Node 10 (errors): Invalid image file: example.png',
    );
  });

  it("without a workflow, the endpoint answers with worker-comfyui's own error", async () => {
    const mock = mockRunPod();
    const error = await rejection(generate(mock, 'comfyuiendpoint8', {}));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toContain("failed: Missing 'workflow' parameter");
  });

  it('reads errors of an image result without images, and the pre-5.0 message', async () => {
    const mock = mockRunPod();
    await mock.script(
      {
        job: {
          output: { images: [], errors: ['Error uploading ComfyUI_00001_.png to S3: denied'] },
        },
      },
      { job: { output: { status: 'success', message: convertUint8ArrayToBase64(PNG_BYTES) } } },
    );
    const options = { providerOptions: { runpod: { workflow: sdWorkflow() } } };
    const error = await rejection(generate(mock, 'comfyuiendpoint9', options));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toContain(
      'completed with an error in its output: Error uploading ComfyUI_00001_.png to S3: denied',
    );
    const result = await generate(mock, 'comfyuiendpoint9', options);
    expect(result.image.uint8Array).toEqual(PNG_BYTES);
  });

  it('says so when the workflow saved no image (no SaveImage node)', async () => {
    const mock = mockRunPod();
    const workflow: Record<string, any> = sdWorkflow();
    workflow['9'].class_type = 'PreviewImage';
    const error = await rejection(
      generate(mock, 'comfyuiendpoint10', { providerOptions: { runpod: { workflow } } }),
    );
    expect(InvalidResponseDataError.isInstance(error)).toBe(true);
    expect(error.message).toContain(
      'its ComfyUI workflow saved no images (it needs a SaveImage node)',
    );
  });

  const twoSamplers: Record<string, any> = sdWorkflow();
  twoSamplers['13'] = structuredClone(twoSamplers['3']);
  const refused: Array<[string, Record<string, any>, string]> = [
    [
      'two candidate nodes and none named',
      { seed: 1, providerOptions: { runpod: { workflow: twoSamplers } } },
      "the workflow has several nodes that could take the seed ('3' KSampler, '13' KSampler); " +
        'name one as providerOptions.runpod.workflowNodes.seed',
    ],
    [
      'a workflow not in API format',
      { providerOptions: { runpod: { workflow: { '3': { inputs: {} } } } } },
      "RunPod image model 'comfyuiendpoint11': providerOptions.runpod.workflow.3.class_type: must be a string",
    ],
    [
      'an unknown workflowNodes key',
      { providerOptions: { runpod: { workflow: sdWorkflow(), workflowNodes: { positive: '6' } } } },
      'providerOptions.runpod.workflowNodes',
    ],
    [
      'an input image given as a URL (the worker takes base64)',
      {
        prompt: { text: PROMPT, images: ['https://example.com/photo.png'] },
        providerOptions: { runpod: { workflow: img2imgWorkflow() } },
      },
      'worker-comfyui takes input images as base64, not URLs',
    ],
  ];
  it.each(refused)('refuses before any request: %s', async (_case, args, text) => {
    const mock = mockRunPod();
    await expectRejectedBeforeSending(mock, generate(mock, 'comfyuiendpoint11', args), text);
  });
});
