import type { VideoFamily } from '../video-call';
import { infiniteTalkFamily } from './infinitetalk';
import { klingI2vFamily, klingMotionControlFamily, klingO1Family } from './kling';
import { pVideoFamily } from './p-video';
import { seedanceFamily } from './seedance';
import { soraFamily } from './sora';
import { viduI2vFamily, viduT2vFamily } from './vidu';
import { wan25Family, wan26I2vFamily, wan26T2vFamily, wanI2vFamily, wanLoraFamily } from './wan';

/** Video model families by name; catalog entries name theirs. */
export const videoFamilies = {
  infinitetalk: infiniteTalkFamily,
  'kling-i2v': klingI2vFamily,
  'kling-motion-control': klingMotionControlFamily,
  'kling-o1': klingO1Family,
  seedance: seedanceFamily,
  sora: soraFamily,
  'p-video': pVideoFamily,
  'vidu-i2v': viduI2vFamily,
  'vidu-t2v': viduT2vFamily,
  'wan-i2v': wanI2vFamily,
  'wan-lora': wanLoraFamily,
  'wan-2.5': wan25Family,
  'wan-2.6-i2v': wan26I2vFamily,
  'wan-2.6-t2v': wan26T2vFamily,
} satisfies Record<string, VideoFamily<any>>;

export type VideoFamilyName = keyof typeof videoFamilies;
