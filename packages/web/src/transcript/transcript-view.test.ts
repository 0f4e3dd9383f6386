import { describe, expect, it } from 'vitest';
import { transcriptPieces, wordAt } from './transcript-view.ts';

const timed = (text: string, gaps: Record<number, number> = {}) => {
  let clock = 0;
  return text.split(' ').map((word, index) => {
    clock += gaps[index] ?? 0.1;
    const start = clock;
    clock += 0.3;
    return { word, start, end: clock };
  });
};

describe('a transcript laid out for playback', () => {
  it('marks fillers, including phrases, and not the same words used as meaning', () => {
    const words = timed('um I would you know cache it like a queue');
    const fillers = transcriptPieces(words).flatMap((piece) =>
      piece.kind === 'word' && piece.filler ? [piece.text] : [],
    );
    expect(fillers).toEqual(['um', 'you', 'know']);
  });

  it('shows a long silence where it fell, and not a short one', () => {
    const pieces = transcriptPieces(timed('first second third', { 1: 2.5, 2: 1 }));
    expect(pieces.map((piece) => (piece.kind === 'pause' ? `⏸${piece.seconds}` : piece.text))).toEqual([
      'first',
      '⏸2.5',
      'second',
      'third',
    ]);
  });

  it('finds the word being spoken at a moment of the recording', () => {
    const words = timed('one two three');
    expect(wordAt(words, 0)).toBe(-1);
    expect(wordAt(words, words[1]!.start)).toBe(1);
    expect(wordAt(words, words[1]!.end + 0.05)).toBe(1);
    expect(wordAt(words, 100)).toBe(2);
  });
});
