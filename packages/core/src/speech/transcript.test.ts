import { describe, expect, it } from 'vitest';
import { needsTranscriptReview, textFromTimedWords, transcriptConfidence } from './transcript.ts';

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

describe('transcript text from timed words', () => {
  const at = (word: string, start: number, end = start + 0.3) => ({ word, start, end, confidence: 0.9 });

  it('ends a sentence where the speaker paused', () => {
    const words = [at('we', 0), at('bind', 0.35), at('values', 0.7), at('then', 2), at('send', 2.35)];
    expect(textFromTimedWords(words)).toBe('we bind values. then send.');
  });

  it('keeps words said without a pause in one sentence', () => {
    expect(textFromTimedWords([at('one', 0), at('two', 0.4), at('three', 0.8)])).toBe('one two three.');
  });

  it('splits a very long run of words at its longest silence', () => {
    const words = Array.from({ length: 40 }, (_, i) => at(`w${i}`, i * 0.4 + (i >= 20 ? 0.1 : 0), i * 0.4 + 0.3));
    const sentences = textFromTimedWords(words).split('. ');
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.split(' ')).toHaveLength(20);
  });

  it('gives an empty text for no words', () => {
    expect(textFromTimedWords([])).toBe('');
  });
});
