import { canonicalSpelling, spokenWords } from './spoken-text.ts';

export interface WordErrorCounts {
  substitutions: number;
  deletions: number;
  insertions: number;
  referenceWords: number;
}

export interface WordErrorRate extends WordErrorCounts {
  /** (substitutions + deletions + insertions) / reference words; 0 for two empty texts. */
  wer: number;
}

interface Cell {
  cost: number;
  substitutions: number;
  deletions: number;
  insertions: number;
}

const EMPTY_CELL: Cell = { cost: 0, substitutions: 0, deletions: 0, insertions: 0 };

function step(from: Cell, kind: 'substitutions' | 'deletions' | 'insertions' | null): Cell {
  if (kind === null) return from;
  return { ...from, cost: from.cost + 1, [kind]: from[kind] + 1 };
}

function cheapest(a: Cell, b: Cell, c: Cell): Cell {
  const best = a.cost <= b.cost ? a : b;
  return best.cost <= c.cost ? best : c;
}

/** Word-level Levenshtein alignment counts between two word sequences (two rows of memory). */
export function alignWords(reference: readonly string[], hypothesis: readonly string[]): WordErrorCounts {
  let previous: Cell[] = [EMPTY_CELL];
  for (let j = 1; j <= hypothesis.length; j++) previous.push(step(previous[j - 1] ?? EMPTY_CELL, 'insertions'));
  for (let i = 1; i <= reference.length; i++) {
    const current: Cell[] = [step(previous[0] ?? EMPTY_CELL, 'deletions')];
    for (let j = 1; j <= hypothesis.length; j++) {
      const same = reference[i - 1] === hypothesis[j - 1];
      const diagonal = step(previous[j - 1] ?? EMPTY_CELL, same ? null : 'substitutions');
      const up = step(previous[j] ?? EMPTY_CELL, 'deletions');
      const left = step(current[j - 1] ?? EMPTY_CELL, 'insertions');
      current.push(cheapest(diagonal, up, left));
    }
    previous = current;
  }
  const last = previous[hypothesis.length] ?? EMPTY_CELL;
  const { substitutions, deletions, insertions } = last;
  return { substitutions, deletions, insertions, referenceWords: reference.length };
}

function rate(counts: WordErrorCounts): number {
  const errors = counts.substitutions + counts.deletions + counts.insertions;
  if (counts.referenceWords === 0) return errors === 0 ? 0 : 1;
  return errors / counts.referenceWords;
}

/** The words compared by the word error rate: spoken forms with British spellings folded into American ones. */
export function comparableWords(text: string): string[] {
  return spokenWords(text).map(canonicalSpelling);
}

/**
 * Word error rate of a transcript against what was said, after normalising case, punctuation, numbers and
 * British/American spelling.
 */
export function wordErrorRate(reference: string, hypothesis: string): WordErrorRate {
  const counts = alignWords(comparableWords(reference), comparableWords(hypothesis));
  return { ...counts, wer: rate(counts) };
}

/** Corpus word error rate: all errors over all reference words, so long answers weigh more than short ones. */
export function corpusWordErrorRate(results: readonly WordErrorCounts[]): WordErrorRate {
  const total: WordErrorCounts = { substitutions: 0, deletions: 0, insertions: 0, referenceWords: 0 };
  for (const result of results) {
    total.substitutions += result.substitutions;
    total.deletions += result.deletions;
    total.insertions += result.insertions;
    total.referenceWords += result.referenceWords;
  }
  return { ...total, wer: rate(total) };
}
