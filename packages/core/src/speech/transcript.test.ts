import { describe, expect, it } from 'vitest';
import { needsTranscriptReview, transcriptConfidence } from './transcript.ts';

describe('transcript confidence', () => {
  it('weights each word by its duration', () => {
    const words = [
      { word: 'a', start: 0, end: 0.1, confidence: 0.2 },
      { word: 'parameter', start: 0.1, end: 1, confidence: 0.9 },
    ];
    expect(transcriptConfidence(words)).toBeCloseTo(0.83, 2);
  });

  it('asks for a review of empty or uncertain transcripts', () => {
    expect(needsTranscriptReview({ words: [], confidence: 0 })).toBe(true);
    expect(needsTranscriptReview({ words: [{ word: 'x', start: 0, end: 1, confidence: 0.4 }], confidence: 0.4 })).toBe(
      true,
    );
    expect(needsTranscriptReview({ words: [{ word: 'x', start: 0, end: 1, confidence: 0.9 }], confidence: 0.9 })).toBe(
      false,
    );
  });
});
