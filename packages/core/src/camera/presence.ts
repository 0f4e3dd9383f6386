// Camera presence of a video answer: from per-frame judgements made in the browser (is a face in the frame, is it
// looking at the camera) to shares of the answer. The browser samples frames at a steady rate, so a share of
// frames is a share of time.
import { z } from 'zod';

/** Bounds on what a client may send with one answer; shared by the browser (which stops there) and the server. */
export const CAMERA_LIMITS = {
  /** The longest stretch of one answer that is analysed: 15 minutes. */
  maxSeconds: 15 * 60,
  /** Four frames a second over that stretch (the browser samples two). */
  maxSamples: 15 * 60 * 4,
} as const;

/** A gap between two frames longer than this was not observed (the analysis stalled, or the tab slept). */
export const MAX_FRAME_GAP_SECONDS = 2;

export const cameraSampleSchema = z.object({
  /** Seconds since the recording started. */
  atSeconds: z.number().min(0).max(CAMERA_LIMITS.maxSeconds),
  faceInFrame: z.boolean(),
  /** Only counts with a face in the frame. */
  lookingAtCamera: z.boolean(),
});

export const cameraSamplesSchema = z.array(cameraSampleSchema).min(1).max(CAMERA_LIMITS.maxSamples);

export type CameraSample = z.infer<typeof cameraSampleSchema>;

export interface CameraPresenceSummary {
  framesAnalysed: number;
  /** Seconds between the first and the last frame, leaving out gaps over `MAX_FRAME_GAP_SECONDS`. */
  secondsCovered: number;
  /** 0–1: share of the frames with a face in them. */
  faceInFrameShare: number;
  /** 0–1: share of the frames with a face in them looking at the camera (never above `faceInFrameShare`). */
  lookingAtCameraShare: number;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Summarises an answer's frames, in any order. Pure; an empty list gives zero shares over zero frames. */
export function summarizeCameraPresence(samples: readonly CameraSample[]): CameraPresenceSummary {
  const ordered = [...samples].sort((a, b) => a.atSeconds - b.atSeconds);
  let covered = 0;
  for (let index = 1; index < ordered.length; index++) {
    const gap = ordered[index]!.atSeconds - ordered[index - 1]!.atSeconds;
    if (gap <= MAX_FRAME_GAP_SECONDS) covered += gap;
  }
  const frames = ordered.length;
  const withFace = ordered.filter((sample) => sample.faceInFrame).length;
  const looking = ordered.filter((sample) => sample.faceInFrame && sample.lookingAtCamera).length;
  return {
    framesAnalysed: frames,
    secondsCovered: round(covered, 1),
    faceInFrameShare: frames === 0 ? 0 : round(withFace / frames, 3),
    lookingAtCameraShare: frames === 0 ? 0 : round(looking / frames, 3),
  };
}
