import type { MediaEndpoint } from '../media-endpoints';

/** video endpoints of the mock (filled in with the video models). */
export const videoEndpoints: Record<string, MediaEndpoint> = {};
