import type { CameraPresenceSummary } from './presence.ts';

/**
 * When camera presence is judged, and how. Out of frame more than a fifth of the time, or looking away more than
 * two fifths, is worth working on; fewer frames than `minFrames` (three seconds at two frames a second) say too
 * little to judge at all.
 */
export const CAMERA_PRESENCE_THRESHOLDS = {
  minFrames: 6,
  faceInFrameGood: 0.8,
  lookingAtCameraGood: 0.6,
  /** Shares at or below which each half of the score is 0. */
  faceInFrameZero: 0.4,
  lookingAtCameraZero: 0.2,
} as const;

export interface CameraPresenceFeedback {
  /** False when too few frames were analysed: then there is no score and no advice. */
  reliable: boolean;
  /** 0–100, or null when not reliable. Half for being in frame, half for looking at the camera. */
  score: number | null;
  /** What was measured, in words. */
  explanation: string;
  /** A concrete next step where presence was poor; null where it was fine. */
  improvement: string | null;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** 0 at or below `zeroAt`, 1 at or above `fullAt`, linear between. */
function ramp(value: number, zeroAt: number, fullAt: number): number {
  return Math.max(0, Math.min(1, (value - zeroAt) / (fullAt - zeroAt)));
}

/** Explains an answer's camera presence and, where it was poor, says what to do about it. */
export function cameraPresenceFeedback(summary: CameraPresenceSummary): CameraPresenceFeedback {
  const limits = CAMERA_PRESENCE_THRESHOLDS;
  if (summary.framesAnalysed < limits.minFrames) {
    return {
      reliable: false,
      score: null,
      explanation: `Only ${summary.framesAnalysed} video frames were analysed: too few to judge camera presence.`,
      improvement: null,
    };
  }
  const face = summary.faceInFrameShare;
  const looking = summary.lookingAtCameraShare;
  const score = Math.round(
    50 * ramp(face, limits.faceInFrameZero, limits.faceInFrameGood) +
      50 * ramp(looking, limits.lookingAtCameraZero, limits.lookingAtCameraGood),
  );
  const measured = `Face in frame ${percent(face)} of the time and looking at the camera ${percent(looking)}, over ${Math.round(summary.secondsCovered)} s of video.`;
  const advice: string[] = [];
  if (face < limits.faceInFrameGood)
    advice.push(
      `Your face was out of the frame ${percent(1 - face)} of the time: sit centred about an arm's length from the camera, with the light in front of you, and stay in frame while you think.`,
    );
  if (looking < limits.lookingAtCameraGood)
    advice.push(
      `You looked away from the camera ${percent(1 - looking)} of the time: look into the lens when you make a point, and put the interviewer's window just under the camera so a glance at it stays close.`,
    );
  const verdict = advice.length === 0 ? ' The interviewer sees you and feels addressed.' : '';
  return {
    reliable: true,
    score,
    explanation: `${measured}${verdict}`,
    improvement: advice.length > 0 ? advice.join(' ') : null,
  };
}
