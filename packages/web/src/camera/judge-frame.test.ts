import { describe, expect, it } from 'vitest';
import { judgeFrame, type FaceReading } from './judge-frame.ts';

// Human's readings of the NASA portrait the browser journey shows the fake camera: eyes on the lens.
const portrait: FaceReading = {
  score: 1,
  rotation: { angle: { yaw: 0.017, pitch: 0.139 }, gaze: { strength: 0.025 } },
};

describe('judgeFrame', () => {
  it('sees a face looking at the camera in the portrait', () => {
    expect(judgeFrame([portrait])).toEqual({ faceInFrame: true, lookingAtCamera: true });
  });

  it('finds no face in an empty frame, nor in a doubtful detection', () => {
    expect(judgeFrame([])).toEqual({ faceInFrame: false, lookingAtCamera: false });
    expect(judgeFrame([{ ...portrait, score: 0.3 }])).toEqual({ faceInFrame: false, lookingAtCamera: false });
  });

  it('counts a head turned more than 20° aside, up or down as looking away', () => {
    const turned = (yaw: number, pitch: number): FaceReading => ({
      score: 0.9,
      rotation: { angle: { yaw, pitch }, gaze: { strength: 0.02 } },
    });
    expect(judgeFrame([turned(0.5, 0)])).toEqual({ faceInFrame: true, lookingAtCamera: false });
    expect(judgeFrame([turned(-0.5, 0)]).lookingAtCamera).toBe(false);
    expect(judgeFrame([turned(0, 0.45)]).lookingAtCamera).toBe(false);
    expect(judgeFrame([turned(0.3, -0.3)]).lookingAtCamera).toBe(true);
  });

  it('counts eyes turned away from the lens as looking away, even with the head straight', () => {
    const eyes = (strength: number): FaceReading => ({
      score: 0.9,
      rotation: { angle: { yaw: 0, pitch: 0 }, gaze: { strength } },
    });
    expect(judgeFrame([eyes(0.4)]).lookingAtCamera).toBe(false);
    expect(judgeFrame([eyes(0.2)]).lookingAtCamera).toBe(true);
  });

  it('does not guess the gaze of a face without a mesh', () => {
    expect(judgeFrame([{ score: 0.9, rotation: null }])).toEqual({ faceInFrame: true, lookingAtCamera: false });
  });
});
