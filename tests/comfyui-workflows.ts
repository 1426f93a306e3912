/**
 * ComfyUI workflows in API format, of the shapes worker-comfyui tests its worker with
 * (`test_resources/workflows/*.json` @ d2a5572): an SD-style graph (checkpoint, two
 * `CLIPTextEncode`s wired to a `KSampler`'s positive and negative, `EmptyLatentImage`,
 * `SaveImage`), a Flux-style graph (`RandomNoise`, `BasicGuider` fed through
 * `FluxGuidance`, `SamplerCustomAdvanced`, no negative prompt) and an image-to-image graph
 * (`LoadImage` → `VAEEncode` → `KSampler`, no empty latent). Written for these tests.
 */
type Workflow = Record<string, { class_type: string; inputs: Record<string, any> }>;

export function sdWorkflow(): Workflow {
  return {
    '3': {
      class_type: 'KSampler',
      inputs: {
        seed: 1234,
        steps: 20,
        cfg: 7,
        sampler_name: 'euler',
        scheduler: 'normal',
        denoise: 1,
        model: ['4', 0],
        positive: ['6', 0],
        negative: ['7', 0],
        latent_image: ['5', 0],
      },
    },
    '4': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'sd_xl_base.safetensors' } },
    '5': { class_type: 'EmptyLatentImage', inputs: { width: 512, height: 512, batch_size: 1 } },
    '6': { class_type: 'CLIPTextEncode', inputs: { text: 'a cat', clip: ['4', 1] } },
    '7': { class_type: 'CLIPTextEncode', inputs: { text: 'blurry', clip: ['4', 1] } },
    '8': { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['4', 2] } },
    '9': { class_type: 'SaveImage', inputs: { filename_prefix: 'ComfyUI', images: ['8', 0] } },
  };
}

export function fluxWorkflow(): Workflow {
  return {
    '5': {
      class_type: 'EmptySD3LatentImage',
      inputs: { width: 1024, height: 1024, batch_size: 1 },
    },
    '6': { class_type: 'CLIPTextEncode', inputs: { text: 'a dog', clip: ['11', 0] } },
    '8': { class_type: 'VAEDecode', inputs: { samples: ['13', 0], vae: ['10', 0] } },
    '9': { class_type: 'SaveImage', inputs: { filename_prefix: 'flux/out', images: ['8', 0] } },
    '10': { class_type: 'VAELoader', inputs: { vae_name: 'ae.safetensors' } },
    '11': {
      class_type: 'DualCLIPLoader',
      inputs: { clip_name1: 't5xxl.safetensors', clip_name2: 'clip_l.safetensors', type: 'flux' },
    },
    '12': { class_type: 'UNETLoader', inputs: { unet_name: 'flux1-dev.safetensors' } },
    '13': {
      class_type: 'SamplerCustomAdvanced',
      inputs: {
        noise: ['25', 0],
        guider: ['22', 0],
        sampler: ['16', 0],
        sigmas: ['17', 0],
        latent_image: ['5', 0],
      },
    },
    '16': { class_type: 'KSamplerSelect', inputs: { sampler_name: 'euler' } },
    '17': {
      class_type: 'BasicScheduler',
      inputs: { scheduler: 'simple', steps: 4, denoise: 1, model: ['12', 0] },
    },
    '22': { class_type: 'BasicGuider', inputs: { model: ['12', 0], conditioning: ['35', 0] } },
    '25': { class_type: 'RandomNoise', inputs: { noise_seed: 42 } },
    '35': { class_type: 'FluxGuidance', inputs: { guidance: 3.5, conditioning: ['6', 0] } },
  };
}

export function img2imgWorkflow(): Workflow {
  const workflow = sdWorkflow();
  delete workflow['5'];
  workflow['3'].inputs.latent_image = ['11', 0];
  workflow['3'].inputs.denoise = 0.6;
  workflow['10'] = { class_type: 'LoadImage', inputs: { image: 'example.png' } };
  workflow['11'] = { class_type: 'VAEEncode', inputs: { pixels: ['10', 0], vae: ['4', 2] } };
  return workflow;
}
