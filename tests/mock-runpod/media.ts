/**
 * Bytes the mock serves for `/media/<job id>-<n>.<extension>`: the format's magic number
 * followed by the name, so each file is recognisable and different.
 */
const signatures: Record<string, { mediaType: string; head: number[] }> = {
  png: { mediaType: 'image/png', head: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  jpeg: { mediaType: 'image/jpeg', head: [0xff, 0xd8, 0xff, 0xe0] },
  webp: {
    mediaType: 'image/webp',
    head: [...'RIFF']
      .map(c => c.charCodeAt(0))
      .concat(
        [0, 0, 0, 0],
        [...'WEBP'].map(c => c.charCodeAt(0)),
      ),
  },
  wav: {
    mediaType: 'audio/wav',
    head: [...'RIFF']
      .map(c => c.charCodeAt(0))
      .concat(
        [0, 0, 0, 0],
        [...'WAVE'].map(c => c.charCodeAt(0)),
      ),
  },
  mp3: { mediaType: 'audio/mpeg', head: [0x49, 0x44, 0x33, 0x04, 0x00, 0x00] },
  flac: { mediaType: 'audio/flac', head: [...'fLaC'].map(c => c.charCodeAt(0)) },
  ogg: { mediaType: 'audio/ogg', head: [...'OggS'].map(c => c.charCodeAt(0)) },
  mp4: {
    mediaType: 'video/mp4',
    head: [0, 0, 0, 0x18, ...[...'ftypmp42'].map(c => c.charCodeAt(0))],
  },
};

export function mediaBytes(
  name: string,
): { bytes: Uint8Array<ArrayBuffer>; mediaType: string } | undefined {
  const extension = name.split('.').pop() ?? '';
  const signature = signatures[extension];
  if (signature === undefined) return undefined;
  return {
    bytes: new Uint8Array([...signature.head, ...new TextEncoder().encode(`mock media ${name}`)]),
    mediaType: signature.mediaType,
  };
}
