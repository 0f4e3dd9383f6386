// What one analysed video frame says about the candidate: is a face in the frame, and is it looking at the camera.
// Pure, so the thresholds are tested without a browser; the worker feeds it Human's result for the frame.

/** The parts of Human's face result the judgement reads (`human.result.face[i]`). */
export interface FaceReading {
  /** Overall confidence, 0–1. */
  score: number;
  rotation?: {
    /** Head orientation in radians; 0 is straight at the camera. */
    angle: { yaw: number; pitch: number };
    /** Iris offset from the centre of the eye, normalised by the eye's size (0 when looking straight ahead). */
    gaze: { strength: number };
  } | null;
}

/**
 * Thresholds, documented because they decide what the candidate is told.
 * - A face counts from a confidence of 0.5 (the detector reports candidates from 0.2).
 * - Looking at the camera: the head turned at most 20° (0.35 rad) either way and up or down, beyond which an
 *   interviewer sees a profile or the top of a head, and the eyes' gaze strength at most 0.25: the iris within a
 *   quarter of the eye's size of its centre. Human's author calls its gaze estimate rough, so the bound is
 *   generous; the NASA portrait used in the browser test (eyes on the lens) measures 0.02, with yaw 0.02 and pitch
 *   0.14 rad.
 */
export const FRAME_THRESHOLDS = { minFaceScore: 0.5, maxHeadTurnRadians: 0.35, maxGazeStrength: 0.25 } as const;

export function judgeFrame(faces: readonly FaceReading[]): { faceInFrame: boolean; lookingAtCamera: boolean } {
  const face = faces.filter((candidate) => candidate.score >= FRAME_THRESHOLDS.minFaceScore)[0];
  if (!face) return { faceInFrame: false, lookingAtCamera: false };
  const rotation = face.rotation;
  const lookingAtCamera =
    !!rotation &&
    Math.abs(rotation.angle.yaw) <= FRAME_THRESHOLDS.maxHeadTurnRadians &&
    Math.abs(rotation.angle.pitch) <= FRAME_THRESHOLDS.maxHeadTurnRadians &&
    rotation.gaze.strength <= FRAME_THRESHOLDS.maxGazeStrength;
  return { faceInFrame: true, lookingAtCamera };
}
