// What the feedback card shows of an analysis, worked out apart from React so that it can be tested: the answer
// with the sentences that made each key point marked where they stand, the few improvements that matter most, and
// the strengths that say something the rest of the card does not.
import type { Schemas } from './api.ts';

type KeyPoint = Schemas['AnswerFeedback']['keyPoints'][number];

/** A run of the answer: plain, or the sentence that made the key points numbered in `points` (1-based). */
export interface AnswerPiece {
  text: string;
  points: number[];
}

/** The most improvements a card lists: the first ones are the ones that cost the most, so they come first. */
export const MAX_IMPROVEMENTS = 3;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a sentence stands in the answer: as written, or with other spacing (the analysis re-joins its words). */
function locate(answer: string, quoted: string): [number, number] | null {
  // The analysis keeps the spacing before a sentence (a paragraph's blank line): not part of what it says.
  const sentence = quoted.trim();
  if (!sentence) return null;
  const exact = answer.indexOf(sentence);
  if (exact >= 0) return [exact, exact + sentence.length];
  const words = sentence.split(/\s+/);
  const found = new RegExp(words.map(escape).join('\\s*'), 'iu').exec(answer);
  return found ? [found.index, found.index + found[0].length] : null;
}

/**
 * The answer cut into pieces, each evidence sentence of a covered key point marked in place with the numbers of the
 * points it made (a sentence may make several). Evidence the answer does not contain (a corrected transcript) is
 * left out rather than guessed at.
 */
export function markEvidence(answer: string, keyPoints: readonly KeyPoint[]): AnswerPiece[] {
  const spans = new Map<string, { start: number; end: number; points: number[] }>();
  keyPoints.forEach((point, index) => {
    if (!point.covered || !point.evidence) return;
    const at = locate(answer, point.evidence);
    if (!at) return;
    const key = `${at[0]}:${at[1]}`;
    const span = spans.get(key) ?? { start: at[0], end: at[1], points: [] };
    span.points.push(index + 1);
    spans.set(key, span);
  });
  const pieces: AnswerPiece[] = [];
  let cursor = 0;
  for (const span of [...spans.values()].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue; // overlaps a sentence already marked
    if (span.start > cursor) pieces.push({ text: answer.slice(cursor, span.start), points: [] });
    pieces.push({ text: answer.slice(span.start, span.end), points: span.points });
    cursor = span.end;
  }
  if (cursor < answer.length) pieces.push({ text: answer.slice(cursor), points: [] });
  return pieces;
}

/** The improvements worth reading first: the analysis lists them costliest first, so the first few. */
export function topImprovements(improvements: readonly string[]): string[] {
  return improvements.slice(0, MAX_IMPROVEMENTS);
}

const QUOTED = /^(.*?):\s*"([^"]+?)…?"\s*$/;
const MADE_POINT = /^You made the point "(.+)"\.$/;

/**
 * Strengths that add to the card: one naming a key point the list already ticks is left out, and a quote of the
 * answer (shown above it, highlighted) is cut from the strength that cites it.
 */
export function strengthsToShow(strengths: readonly string[], keyPoints: readonly KeyPoint[], answer: string) {
  const ticked = new Set(keyPoints.filter((point) => point.covered).map((point) => point.label));
  return strengths.flatMap((strength) => {
    const made = MADE_POINT.exec(strength);
    if (made && ticked.has(made[1]!)) return [];
    const quoted = QUOTED.exec(strength);
    if (quoted && locate(answer, quoted[2]!)) return [`${quoted[1]}.`];
    return [strength];
  });
}
