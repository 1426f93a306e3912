import { InvalidResponseDataError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  errorsWithoutMedia,
  findWorkerErrors,
  requireMediaValues,
} from '../../src/jobs/job-output';

// worker-comfyui's output shapes (handler.py @ d2a5572; before 5.0.0, src/rp_handler.py @ 88b5f4a).
const at = {
  context: { modelId: 'comfyui-endpoint', endpointId: 'comfyui-endpoint' },
  jobId: 'job-1',
};
const URL = 'https://bucket.s3.us-east-1.amazonaws.com/job-1/ComfyUI_00002_.png';

describe("reading worker-comfyui's output", () => {
  it('reads base64 images as data: URLs of their file type and S3 images as their URL', () => {
    const output = {
      images: [
        { filename: 'ComfyUI_00001_.png', type: 'base64', data: 'iVBORw0KGgo=' },
        { filename: 'ComfyUI_00002_.png', type: 's3_url', data: URL },
        { filename: 'out_00003_.webp', type: 'base64', data: 'UklGRg==' },
        { filename: 'out_00004_', type: 'base64', data: 'AAAA' },
      ],
    };
    expect(requireMediaValues(output, at)).toEqual([
      'data:image/png;base64,iVBORw0KGgo=',
      URL,
      'data:image/webp;base64,UklGRg==',
      'AAAA',
    ]);
  });

  it("reads the pre-5.0 answer's message", () => {
    expect(requireMediaValues({ status: 'success', message: URL }, at)).toEqual([URL]);
  });

  it('finds the errors reported beside the images, and the pre-5.0 error', () => {
    expect(findWorkerErrors({ images: [], errors: ['Node 20 failed', { node: 3 }] })).toEqual([
      'Node 20 failed',
      '{"node":3}',
    ]);
    expect(findWorkerErrors({ status: 'error', message: 'the image does not exist' })).toEqual([
      'the image does not exist',
    ]);
    expect(findWorkerErrors({ result: URL })).toEqual([]);
  });

  it('makes errors the job error only when an image result has no image', () => {
    expect(errorsWithoutMedia({ images: [], errors: ['a', 'b'] })).toBe('a; b');
    expect(errorsWithoutMedia({ status: 'error', message: 'missing' })).toBe('missing');
    const withImage = { images: [{ filename: 'a.png', type: 's3_url', data: URL }], errors: ['a'] };
    expect(errorsWithoutMedia(withImage)).toBeUndefined();
    // Not an image result (e.g. a transcript with its own `errors`): left to its reader.
    expect(errorsWithoutMedia({ text: 'hello', errors: ['a'] })).toBeUndefined();
  });

  it('says when a workflow saved no image', () => {
    expect(() => requireMediaValues({ status: 'success_no_images', images: [] }, at)).toThrow(
      InvalidResponseDataError,
    );
    expect(() => requireMediaValues({ status: 'success_no_images', images: [] }, at)).toThrow(
      /workflow saved no images/,
    );
  });
});
