// A spoken answer's transcript laid out for playback: each recognised word with its time, fillers marked, and the
// long silences shown where they fell, so the candidate sees and hears what the delivery feedback counted.
import { findFillers } from '@rehearse/core/speech/fillers';

export interface TimedWord {
  word: string;
  start: number;
  end: number;
}

export type TranscriptPiece =
  | { kind: 'word'; index: number; text: string; start: number; filler: boolean }
  | { kind: 'pause'; seconds: number; beforeWord: number };

/** The silence that counts as a long pause in the delivery feedback (the core's LONG_PAUSE_SECONDS). */
export const LONG_PAUSE_SECONDS = 2;

export function transcriptPieces(words: readonly TimedWord[]): TranscriptPiece[] {
  const fillerWords = new Set<number>();
  for (const match of findFillers(words.map((word) => word.word.toLowerCase())))
    for (let offset = 0; offset < match.length; offset++) fillerWords.add(match.index + offset);
  const pieces: TranscriptPiece[] = [];
  words.forEach((word, index) => {
    const gap = index > 0 ? word.start - words[index - 1]!.end : 0;
    if (gap >= LONG_PAUSE_SECONDS)
      pieces.push({ kind: 'pause', seconds: Math.round(gap * 10) / 10, beforeWord: index });
    pieces.push({ kind: 'word', index, text: word.word, start: word.start, filler: fillerWords.has(index) });
  });
  return pieces;
}

/** The index of the word being spoken at `seconds` (the last one started), or -1 before the first. */
export function wordAt(words: readonly TimedWord[], seconds: number): number {
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (words[middle]!.start <= seconds) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
