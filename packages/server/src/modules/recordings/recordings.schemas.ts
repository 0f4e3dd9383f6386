import { z } from 'zod';

export const recordingParams = z.object({ id: z.string().min(1).max(100) });

export const recordingRange = z.object({
  range: z.string().max(200).optional().describe('One byte range, e.g. "bytes=0-1023"; other forms get the whole file'),
});

export const recordingMeta = z
  .object({
    id: z.string(),
    answerId: z.string().nullable(),
    mime: z.string(),
    bytes: z.number().int(),
    sha256: z.string().describe('SHA-256 (hex) of the bytes as uploaded, before the server fixed the container'),
    durationSec: z.number().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'RecordingMeta' });

const binary = z.string().meta({ format: 'binary' });

/** The media bytes: the whole file (200) or the requested range (206). */
export const recordingBody = (description: string) => ({
  description,
  content: { 'audio/*': { schema: binary }, 'video/*': { schema: binary } },
});
