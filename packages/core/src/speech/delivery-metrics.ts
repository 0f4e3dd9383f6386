import { findFillers, type PhraseMatch } from './fillers.ts';
import { findHedges } from './hedges.ts';
import type { TimedWord } from './transcript.ts';

/** A silence between two words long enough for a listener to notice. */
export interface LongPause {
  start: number;
  end: number;
  durationSec: number;
  /** The word spoken just before the silence, to show where it fell. */
  afterWord: string;
}

export interface TimedPhrase extends PhraseMatch {
  start: number;
}

export interface DeliveryMetrics {
  /** From the first word's start to the last word's end, in seconds. */
  durationSec: number;
  wordCount: number;
  wordsPerMinute: number;
  fillerCount: number;
  fillerPer100Words: number;
  fillers: TimedPhrase[];
  /** Number of silences of at least `LONG_PAUSE_SECONDS` between words. */
  longPauses: number;
  pauses: LongPause[];
  hedgeCount: number;
  hedgesPer100Words: number;
  hedges: TimedPhrase[];
  targetSeconds: number | null;
  /** durationSec / targetSeconds, or null without a target. */
  lengthRatio: number | null;
}

export const LONG_PAUSE_SECONDS = 2;

/** Lowercase word without punctuation, so "Um," and "um" count alike; markers such as "<sil>" become "". */
function plainWord(word: string): string {
  if (/^[<[]/.test(word)) return '';
  return word
    .toLowerCase()
    .replace(/\(\d+\)$/, '')
    .replace(/[^a-z0-9']/g, '');
}

function spokenOnly(words: readonly TimedWord[]): TimedWord[] {
  return words.map((word) => ({ ...word, word: plainWord(word.word) })).filter((word) => word.word !== '');
}

function findLongPauses(words: readonly TimedWord[], minimumSeconds: number): LongPause[] {
  const pauses: LongPause[] = [];
  for (let index = 1; index < words.length; index++) {
    const before = words[index - 1];
    const after = words[index];
    if (!before || !after) continue;
    const gap = after.start - before.end;
    if (gap >= minimumSeconds) {
      pauses.push({ start: before.end, end: after.start, durationSec: round(gap, 2), afterWord: before.word });
    }
  }
  return pauses;
}

function withTimes(matches: readonly PhraseMatch[], words: readonly TimedWord[]): TimedPhrase[] {
  return matches.map((match) => ({ ...match, start: words[match.index]?.start ?? 0 }));
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function per100(count: number, total: number): number {
  return total === 0 ? 0 : round((count * 100) / total, 1);
}

/**
 * Delivery metrics of a spoken answer from its word timings: pace, fillers, long pauses, hedging, and length
 * against the question's target. Pure; works with any engine's words (markers such as "<sil>" are ignored).
 */
export function computeDeliveryMetrics(
  timedWords: readonly TimedWord[],
  options: { targetSeconds?: number | null; longPauseSeconds?: number } = {},
): DeliveryMetrics {
  const words = spokenOnly(timedWords);
  const first = words[0];
  const last = words[words.length - 1];
  const durationSec = first && last ? round(Math.max(last.end - first.start, 0), 2) : 0;
  const sequence = words.map((word) => word.word);
  const fillers = withTimes(findFillers(sequence), words);
  const hedges = withTimes(findHedges(sequence), words);
  const pauses = findLongPauses(words, options.longPauseSeconds ?? LONG_PAUSE_SECONDS);
  const targetSeconds = options.targetSeconds ?? null;
  return {
    durationSec,
    wordCount: words.length,
    wordsPerMinute: durationSec > 0 ? Math.round((words.length * 60) / durationSec) : 0,
    fillerCount: fillers.length,
    fillerPer100Words: per100(fillers.length, words.length),
    fillers,
    longPauses: pauses.length,
    pauses,
    hedgeCount: hedges.length,
    hedgesPer100Words: per100(hedges.length, words.length),
    hedges,
    targetSeconds,
    lengthRatio: targetSeconds ? round(durationSec / targetSeconds, 2) : null,
  };
}
