import type { MediaEndpoint } from '../media-endpoints';

/** audio endpoints of the mock (filled in with the audio models). */
export const audioEndpoints: Record<string, MediaEndpoint> = {};
