import { describe, expect, it } from 'vitest';
import { measureWavLevel } from './wav-level.ts';

function wav(samples: number[]): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('RIFF'), 0);
  bytes.set(new TextEncoder().encode('WAVEfmt '), 8);
  view.setUint32(16, 16, true);
  bytes.set(new TextEncoder().encode('data'), 36);
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, index) => view.setInt16(44 + index * 2, sample, true));
  return bytes;
}

describe('measureWavLevel', () => {
  it('reports digital silence as -Infinity', () => {
    expect(measureWavLevel(wav([0, 0, 0, 0]))).toEqual({ peakDb: -Infinity, rmsDb: -Infinity });
  });

  it('measures peak and RMS in dBFS', () => {
    const level = measureWavLevel(wav([16384, -16384, 16384, -16384]));
    expect(level.peakDb).toBeCloseTo(-6.02, 1);
    expect(level.rmsDb).toBeCloseTo(-6.02, 1);
  });
});
