import { describe, expect, it } from 'vitest';
import { cameraPresenceFeedback } from './presence-feedback.ts';
import {
  CAMERA_LIMITS,
  cameraSamplesSchema,
  summarizeCameraPresence,
  type CameraPresenceSummary,
  type CameraSample,
} from './presence.ts';

/** Frames two a second; `face` and `looking` say, for frame i, what the browser judged. */
function frames(count: number, face: (i: number) => boolean, looking: (i: number) => boolean): CameraSample[] {
  return Array.from({ length: count }, (_, i) => ({
    atSeconds: i * 0.5,
    faceInFrame: face(i),
    lookingAtCamera: looking(i),
  }));
}

const summary = (parts: Partial<CameraPresenceSummary>): CameraPresenceSummary => ({
  framesAnalysed: 120,
  secondsCovered: 60,
  faceInFrameShare: 1,
  lookingAtCameraShare: 1,
  ...parts,
});

describe('summarizeCameraPresence', () => {
  it('gives the shares of frames with a face, and with a face looking at the camera', () => {
    // 40 frames: a face in 30 (i ≥ 10), looking at the camera in 20 of those (i ≥ 20).
    const result = summarizeCameraPresence(
      frames(
        40,
        (i) => i >= 10,
        (i) => i >= 20,
      ),
    );
    expect(result).toEqual({
      framesAnalysed: 40,
      secondsCovered: 19.5,
      faceInFrameShare: 0.75,
      lookingAtCameraShare: 0.5,
    });
  });

  it('never counts looking at the camera without a face, and takes frames in any order', () => {
    const samples = frames(
      10,
      (i) => i < 5,
      () => true,
    ).reverse();
    const result = summarizeCameraPresence(samples);
    expect(result.faceInFrameShare).toBe(0.5);
    expect(result.lookingAtCameraShare).toBe(0.5);
    expect(result.secondsCovered).toBe(4.5);
  });

  it('leaves gaps longer than two seconds out of the time covered', () => {
    const samples: CameraSample[] = [0, 0.5, 1, 30, 30.5].map((atSeconds) => ({
      atSeconds,
      faceInFrame: true,
      lookingAtCamera: true,
    }));
    expect(summarizeCameraPresence(samples).secondsCovered).toBe(1.5);
  });

  it('summarises no frames as zero shares rather than failing', () => {
    expect(summarizeCameraPresence([])).toEqual({
      framesAnalysed: 0,
      secondsCovered: 0,
      faceInFrameShare: 0,
      lookingAtCameraShare: 0,
    });
  });
});

describe('cameraSamplesSchema', () => {
  const sample = { atSeconds: 1, faceInFrame: true, lookingAtCamera: false };
  it('accepts up to the limit and refuses more, an empty list, or times outside the answer', () => {
    expect(cameraSamplesSchema.safeParse([sample]).success).toBe(true);
    expect(cameraSamplesSchema.safeParse(Array(CAMERA_LIMITS.maxSamples).fill(sample)).success).toBe(true);
    expect(cameraSamplesSchema.safeParse(Array(CAMERA_LIMITS.maxSamples + 1).fill(sample)).success).toBe(false);
    expect(cameraSamplesSchema.safeParse([]).success).toBe(false);
    expect(cameraSamplesSchema.safeParse([{ ...sample, atSeconds: -1 }]).success).toBe(false);
    expect(cameraSamplesSchema.safeParse([{ ...sample, atSeconds: CAMERA_LIMITS.maxSeconds + 1 }]).success).toBe(false);
    expect(cameraSamplesSchema.safeParse([{ ...sample, faceInFrame: 'yes' }]).success).toBe(false);
  });
});

describe('cameraPresenceFeedback', () => {
  it('says what was measured and gives no advice when presence was good', () => {
    const feedback = cameraPresenceFeedback(summary({ faceInFrameShare: 0.92, lookingAtCameraShare: 0.71 }));
    expect(feedback.reliable).toBe(true);
    expect(feedback.score).toBe(100);
    expect(feedback.explanation).toContain('Face in frame 92% of the time and looking at the camera 71%');
    expect(feedback.explanation).toContain('over 60 s of video');
    expect(feedback.improvement).toBeNull();
  });

  it('advises staying in frame when the face was out of it more than a fifth of the time', () => {
    const feedback = cameraPresenceFeedback(summary({ faceInFrameShare: 0.6, lookingAtCameraShare: 0.6 }));
    expect(feedback.improvement).toMatch(/^Your face was out of the frame 40% of the time: sit centred/);
    expect(feedback.improvement).not.toContain('looked away');
    expect(feedback.score).toBe(75);
  });

  it('advises looking into the lens when looking away more than two fifths of the time', () => {
    const feedback = cameraPresenceFeedback(summary({ faceInFrameShare: 0.95, lookingAtCameraShare: 0.4 }));
    expect(feedback.improvement).toMatch(/^You looked away from the camera 60% of the time: look into the lens/);
    expect(feedback.score).toBe(75);
  });

  it('scores no face at all as zero and gives both pieces of advice', () => {
    const feedback = cameraPresenceFeedback(summary({ faceInFrameShare: 0, lookingAtCameraShare: 0 }));
    expect(feedback.score).toBe(0);
    expect(feedback.improvement).toContain('out of the frame 100%');
    expect(feedback.improvement).toContain('looked away from the camera 100%');
  });

  it('does not judge from fewer than six frames', () => {
    const feedback = cameraPresenceFeedback(
      summary({ framesAnalysed: 5, faceInFrameShare: 0, lookingAtCameraShare: 0 }),
    );
    expect(feedback).toMatchObject({ reliable: false, score: null, improvement: null });
    expect(feedback.explanation).toContain('too few to judge');
  });
});
