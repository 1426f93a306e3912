import type { MediaEndpoint, MediaFactory } from '../media-endpoints';
import { mediaBytes } from '../media';

/**
 * RunPod's ComfyUI worker (runpod-workers/worker-comfyui) on your own endpoint. The mock
 * treats every endpoint whose ID starts with `comfyui` as running it, and one whose ID
 * starts with `comfyui-s3` as configured with `BUCKET_ENDPOINT_URL` (images uploaded to
 * S3, answered as URLs; here URLs on the mock's media origin).
 *
 * As `handler.py` at d2a5572 does it
 * (https://github.com/runpod-workers/worker-comfyui/blob/d2a557235b3800d68dcc6fa3259125fdf4bed8a6/handler.py):
 * - `validate_input`: no `workflow` → "Missing 'workflow' parameter"; `images` not a list
 *   of objects with `name` and `image` → "'images' must be a list of objects with 'name'
 *   and 'image' keys". The handler returns `{"error": …}`, which runpod-python 1.12
 *   (`rp_job.py` `run_job`) turns into a FAILED job with that `error`.
 * - `upload_images`: the images' base64 (a `data:` prefix is cut off) must decode, else
 *   "Failed to upload one or more input images".
 * - `queue_workflow`: ComfyUI refuses a workflow whose `LoadImage` names a file that was
 *   not uploaded, or that links to a node it lacks, with node errors the handler words as
 *   "Workflow validation failed:\n• Node <id> (…): …".
 * - the run: each `SaveImage` node saves `batch_size` images (of the workflow's empty
 *   latent image) as `<prefix>_00001_.png`, … (ComfyUI's naming; the prefix's folders are
 *   the subfolder); `PreviewImage` output is `temp` and skipped. Images come back as
 *   `{filename, type: "base64" | "s3_url", data}`.
 * - execution errors: a node with the (mock-only) input `mock_exception_message` fails as
 *   ComfyUI's `execution_error` does: "Workflow execution error: Node Type: <class>, Node
 *   ID: <id>, Message: <message>" goes into `errors`, and the images saved by other nodes
 *   are still returned; with no image at all the handler answers
 *   `{"error": "Job processing failed", "details": errors}` (a FAILED job).
 * - a workflow without saved images completes with `{status: "success_no_images", images: []}`.
 */
type Workflow = Record<string, { class_type?: unknown; inputs?: Record<string, any> }>;

function validateInput(input: Record<string, any>): string | undefined {
  if (input.workflow == null) return "Missing 'workflow' parameter";
  const images = input.images;
  if (
    images != null &&
    (!Array.isArray(images) ||
      !images.every(
        image => image != null && typeof image === 'object' && 'name' in image && 'image' in image,
      ))
  ) {
    return "'images' must be a list of objects with 'name' and 'image' keys";
  }
  const undecodable = (images ?? []).some((image: { image: unknown }) => {
    const data = String(image.image);
    const base64 = data.includes(',') ? data.slice(data.indexOf(',') + 1) : data;
    return !/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0;
  });
  return undecodable ? 'Failed to upload one or more input images' : undefined;
}

/** ComfyUI's node errors for the workflow, as the handler words them. */
function validateWorkflow(workflow: Workflow, uploaded: string[]): string | undefined {
  const errors: string[] = [];
  for (const [id, node] of Object.entries(workflow)) {
    for (const [name, value] of Object.entries(node.inputs ?? {})) {
      if (
        Array.isArray(value) &&
        typeof value[0] === 'string' &&
        workflow[value[0]] === undefined
      ) {
        errors.push(`Node ${id} (${name}): linked node ${value[0]} does not exist`);
      }
    }
    if (node.class_type === 'LoadImage' && !uploaded.includes(node.inputs?.image)) {
      errors.push(`Node ${id} (errors): Invalid image file: ${node.inputs?.image}`);
    }
  }
  return errors.length > 0
    ? `Workflow validation failed:\n${errors.map(error => `• ${error}`).join('\n')}`
    : undefined;
}

/** The workflow's run: the images its SaveImage nodes save and the execution errors. */
function run(workflow: Workflow): { files: string[]; errors: string[] } {
  const latent = Object.values(workflow).find(node =>
    ['EmptyLatentImage', 'EmptySD3LatentImage'].includes(String(node.class_type)),
  );
  const batch = Number(latent?.inputs?.batch_size ?? 1);
  const files: string[] = [];
  const errors: string[] = [];
  for (const [id, node] of Object.entries(workflow)) {
    const exception = node.inputs?.mock_exception_message;
    if (typeof exception === 'string') {
      errors.push(
        `Workflow execution error: Node Type: ${node.class_type}, Node ID: ${id}, Message: ${exception}`,
      );
      continue;
    }
    if (node.class_type !== 'SaveImage') continue;
    const prefix = String(node.inputs?.filename_prefix ?? 'ComfyUI')
      .split('/')
      .pop();
    for (let index = 1; index <= batch; index += 1) {
      files.push(`${prefix}_${String(files.length + 1).padStart(5, '0')}_.png`);
    }
  }
  return { files, errors };
}

function comfyWorker(s3: boolean): MediaEndpoint {
  return {
    kind: 'image',
    validate: input => {
      const invalid = validateInput(input);
      if (invalid !== undefined) return invalid;
      const uploaded = (input.images ?? []).map((image: { name: string }) => image.name);
      const workflowError = validateWorkflow(input.workflow, uploaded);
      if (workflowError !== undefined) return workflowError;
      const { files, errors } = run(input.workflow);
      return files.length === 0 && errors.length > 0 ? 'Job processing failed' : undefined;
    },
    output: (input, media) => {
      const { files, errors } = run(input.workflow);
      if (files.length === 0) return { status: 'success_no_images', images: [] };
      const images = files.map((filename, index) => image(filename, index + 1, s3, media));
      return errors.length > 0 ? { images, errors } : { images };
    },
  };
}

function image(filename: string, n: number, s3: boolean, media: MediaFactory) {
  const url = media('png', n);
  if (s3) return { filename, type: 's3_url', data: url };
  const bytes = mediaBytes(url.slice(url.lastIndexOf('/') + 1))!.bytes;
  return { filename, type: 'base64', data: Buffer.from(bytes).toString('base64') };
}

/** Endpoints recognised by the start of their ID (the longer prefix first). */
export const comfyuiEndpointsByPrefix: Record<string, MediaEndpoint> = {
  'comfyui-s3': comfyWorker(true),
  comfyui: comfyWorker(false),
};
