// Pairwise accuracy (PRODUCT.md §3): per question, the pairs strong > partial, strong > weak, strong > off-topic,
// partial > weak and partial > off-topic that the overall scores order strictly right. Weak against off-topic is
// left out, as §3 defines it, though the analysis ranks any attempt above an answer to another question too.
import type { Quality } from './eval-set.ts';

export const ORDERED_PAIRS: ReadonlyArray<readonly [Quality, Quality]> = [
  ['strong', 'partial'],
  ['strong', 'weak'],
  ['strong', 'offtopic'],
  ['partial', 'weak'],
  ['partial', 'offtopic'],
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
