import { describe, expect, it } from 'vitest';
import {
  mapAspectRatio,
  mapPixelSize,
  resolutionTier,
  sizeInputs,
  takesSize,
} from '../../src/image/image-size';
import type { MediaParameter } from '../../src/catalog/media-parameter';
import { integer, oneOf, text } from '../../src/catalog/parameters';

const side = (format: 'width' | 'height'): MediaParameter =>
  integer({ from: 'size', format, min: 256, max: 1536, multipleOf: 64 });
const flux = sizeInputs(
  [
    ['width', side('width')],
    ['height', side('height')],
  ],
  undefined,
);
const star = (values?: [string, ...string[]]) =>
  sizeInputs(
    [
      [
        'size',
        values
          ? oneOf(values, { from: 'size', format: 'W*H' })
          : text({ from: 'size', format: 'W*H' }),
      ],
    ],
    undefined,
  );
const ratios = (values?: [string, ...string[]], tier = false) =>
  sizeInputs(tier ? [['resolution', text({ from: 'size', format: 'tier' })]] : [], [
    'aspect_ratio',
    values ? oneOf(values, { from: 'aspectRatio' }) : text({ from: 'aspectRatio' }),
  ]);
const none = sizeInputs([], undefined);
const d = (width: number, height: number) => ({ width, height });

describe('sizeInputs', () => {
  it('sorts the inputs by how they write a size', () => {
    expect(flux.sides.map(([name, format]) => [name, format])).toEqual([
      ['width', 'width'],
      ['height', 'height'],
    ]);
    expect(star().star?.[0]).toBe('size');
    expect(ratios(undefined, true).tier?.[0]).toBe('resolution');
    expect([flux, star(), ratios(), none].map(takesSize)).toEqual([true, true, true, false]);
  });
});

describe('mapPixelSize', () => {
  it('width and height: the size as is', () => {
    expect(mapPixelSize(flux, d(512, 768), 'm')).toEqual({
      set: [
        ['width', 512],
        ['height', 768],
      ],
    });
  });

  it('"W*H": the size, a listed one where the page lists them', () => {
    expect(mapPixelSize(star(), d(1000, 500), 'm')).toEqual({ set: [['size', '1000*500']] });
    expect(mapPixelSize(star(['1024*1024']), d(1000, 500), 'm')).toEqual({
      set: [],
      fail: 'takes the sizes 1024x1024; got 1000x500',
    });
  });

  it('aspect ratio (and tier): the size as its ratio, with a warning', () => {
    expect(mapPixelSize(ratios(['1:1', '16:9']), d(1920, 1080), 'm')).toEqual({
      set: [['aspect_ratio', '16:9']],
      unsupported: {
        feature: 'size',
        details:
          "'m' takes an aspect ratio, not a pixel size; 1920x1080 was sent as aspect_ratio 16:9.",
      },
    });
    expect(mapPixelSize(ratios(['1:1']), d(1920, 1080), 'm').set).toEqual([]);
    expect(mapPixelSize(ratios(undefined, true), d(2048, 2048), 'm').set).toEqual([
      ['resolution', '2k'],
      ['aspect_ratio', '1:1'],
    ]);
    // A tier given in provider options wins.
    expect(mapPixelSize(ratios(undefined, true), d(2048, 2048), 'm', '4k').set[0]).toEqual([
      'resolution',
      '4k',
    ]);
  });

  it('no size input: a warning', () => {
    expect(mapPixelSize(none, d(1, 1), 'm')).toEqual({
      set: [],
      unsupported: { feature: 'size' },
    });
  });
});

describe('mapAspectRatio', () => {
  it('aspect_ratio: the listed value of that ratio, or the text where there is no list', () => {
    expect(mapAspectRatio(ratios(['1:1', '16:9']), d(32, 18), '32:18', 'm')).toEqual({
      set: [['aspect_ratio', '16:9']],
    });
    expect(mapAspectRatio(ratios(), d(5, 4), '5:4', 'm')).toEqual({
      set: [['aspect_ratio', '5:4']],
    });
    expect(mapAspectRatio(ratios(['match_input_image', '1:1']), d(5, 4), '5:4', 'm')).toEqual({
      set: [],
      fail: 'takes the aspect ratios 1:1; got 5:4',
    });
  });

  it('width and height: the shape near one megapixel, warning where the range cannot hold it', () => {
    expect(mapAspectRatio(flux, d(16, 9), '16:9', 'm').set).toEqual([
      ['width', 1344],
      ['height', 768],
    ]);
    expect(mapAspectRatio(flux, d(10, 1), '10:1', 'm').unsupported?.feature).toBe('aspectRatio');
  });

  it('"W*H": the listed size of that ratio nearest one megapixel, else computed', () => {
    expect(mapAspectRatio(star(['512*512', '1024*1024']), d(1, 1), '1:1', 'm')).toEqual({
      set: [['size', '1024*1024']],
    });
    expect(mapAspectRatio(star(), d(16, 9), '16:9', 'm')).toEqual({ set: [['size', '1344*768']] });
    expect(mapAspectRatio(star(['1024*1024']), d(5, 1), '5:1', 'm').fail).toBe(
      'takes the sizes 1024x1024; none has the aspect ratio 5:1',
    );
  });

  it('no input for it: a warning', () => {
    expect(mapAspectRatio(none, d(1, 1), '1:1', 'm')).toEqual({
      set: [],
      unsupported: { feature: 'aspectRatio' },
    });
  });
});

describe('resolutionTier', () => {
  it('is the smallest tier whose pixel count covers the size', () => {
    expect(resolutionTier(d(1024, 1024))).toBe('1k');
    expect(resolutionTier(d(1920, 1080))).toBe('2k');
    expect(resolutionTier(d(8000, 8000))).toBe('4k');
  });
});
