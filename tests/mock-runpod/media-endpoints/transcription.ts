import type { MediaEndpoint } from '../media-endpoints';

/** transcription endpoints of the mock (filled in with the transcription models). */
export const transcriptionEndpoints: Record<string, MediaEndpoint> = {};
