// Pairwise accuracy (PRODUCT.md §5): per question, the pairs strong > partial > weak, and every on-topic answer
// (weak ones too: a wrong attempt at the question is still on it) above an off-topic one, that the overall scores
// order strictly right.
import type { Quality } from './eval-set.ts';

export const ORDERED_PAIRS: ReadonlyArray<readonly [Quality, Quality]> = [
  ['strong', 'partial'],
  ['strong', 'weak'],
  ['strong', 'offtopic'],
  ['partial', 'weak'],
  ['partial', 'offtopic'],
  ['weak', 'offtopic'],
];

export interface ScoredAnswer {
  readonly quality: Quality;
  readonly overall: number;
}

export interface PairCount {
  readonly correct: number;
  readonly total: number;
}

/** Counts the ordered pairs of one question's answers and how many the scores put strictly in order. */
export function countPairs(answers: readonly ScoredAnswer[]): PairCount {
  let correct = 0;
  let total = 0;
  for (const [better, worse] of ORDERED_PAIRS) {
    for (const a of answers.filter((x) => x.quality === better)) {
      for (const b of answers.filter((x) => x.quality === worse)) {
        total++;
        if (a.overall > b.overall) correct++;
      }
    }
  }
  return { correct, total };
}
