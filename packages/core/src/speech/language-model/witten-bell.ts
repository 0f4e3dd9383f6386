import { LOG_ZERO, SENTENCE_END, SENTENCE_START, type NgramEntry, type NgramModel } from './arpa.ts';

/** A sentence of the training text and how much it counts (a question being answered counts more). */
export interface WeightedSentence {
  words: readonly string[];
  weight: number;
}

/** General English word probabilities (log10) to mix into the unigram level, and the mixture weight. */
export interface UnigramMixture {
  log10Probabilities: ReadonlyMap<string, number>;
  /** Share of the unigram distribution given to general English, 0–1. */
  weight: number;
}

export interface BuildModelOptions {
  order?: number;
  mixture?: UnigramMixture;
}

interface HistoryStats {
  total: number;
  types: number;
}

/** Weighted n-gram counts, orders[0] = unigrams. <s> is only ever a history, never a counted word. */
export function countNgrams(sentences: readonly WeightedSentence[], order: number): Map<string, number>[] {
  const orders = Array.from({ length: order }, () => new Map<string, number>());
  for (const { words, weight } of sentences) {
    if (words.length === 0 || weight <= 0) continue;
    const tokens = [SENTENCE_START, ...words, SENTENCE_END];
    for (let end = 1; end < tokens.length; end++) {
      for (let length = 1; length <= order && end - length + 1 >= 0; length++) {
        const key = tokens.slice(end - length + 1, end + 1).join(' ');
        const grams = orders[length - 1];
        grams?.set(key, (grams.get(key) ?? 0) + weight);
      }
    }
  }
  return orders;
}

function historyOf(key: string): string {
  return key.slice(0, key.lastIndexOf(' '));
}

function suffixOf(key: string): string {
  return key.slice(key.indexOf(' ') + 1);
}

function historyStats(counts: ReadonlyMap<string, number>): Map<string, HistoryStats> {
  const stats = new Map<string, HistoryStats>();
  for (const [key, count] of counts) {
    const history = historyOf(key);
    const entry = stats.get(history) ?? { total: 0, types: 0 };
    entry.total += count;
    entry.types += 1;
    stats.set(history, entry);
  }
  return stats;
}

function unigramProbabilities(counts: ReadonlyMap<string, number>, mixture?: UnigramMixture): Map<string, number> {
  let total = 0;
  for (const count of counts.values()) total += count;
  const vocabulary = counts.size;
  const probabilities = new Map<string, number>();
  const domainShare = mixture ? 1 - mixture.weight : 1;
  for (const [word, count] of counts) probabilities.set(word, (domainShare * (count + 1)) / (total + vocabulary));
  if (!mixture) return probabilities;
  let generalMass = 0;
  for (const [word, log10] of mixture.log10Probabilities) if (word !== SENTENCE_START) generalMass += 10 ** log10;
  for (const [word, log10] of mixture.log10Probabilities) {
    if (word === SENTENCE_START) continue;
    const share = (mixture.weight * 10 ** log10) / generalMass;
    probabilities.set(word, (probabilities.get(word) ?? 0) + share);
  }
  return probabilities;
}

/** Interpolated Witten-Bell: p(w|h) = (c(h,w) + T(h)·p(w|h')) / (c(h) + T(h)). */
function higherOrderProbabilities(
  counts: ReadonlyMap<string, number>,
  lower: ReadonlyMap<string, number>,
): Map<string, number> {
  const stats = historyStats(counts);
  const probabilities = new Map<string, number>();
  for (const [key, count] of counts) {
    const { total, types } = stats.get(historyOf(key)) ?? { total: count, types: 1 };
    const lowerProbability = lower.get(suffixOf(key)) ?? 0;
    probabilities.set(key, (count + types * lowerProbability) / (total + types));
  }
  return probabilities;
}

/** Backoff weight of each history, so that explicit and backed-off probabilities sum to one. */
function backoffWeights(
  probabilities: ReadonlyMap<string, number>,
  lower: ReadonlyMap<string, number>,
): Map<string, number> {
  const sums = new Map<string, { explicit: number; lower: number }>();
  for (const [key, probability] of probabilities) {
    const history = historyOf(key);
    const sum = sums.get(history) ?? { explicit: 0, lower: 0 };
    sum.explicit += probability;
    sum.lower += lower.get(suffixOf(key)) ?? 0;
    sums.set(history, sum);
  }
  const weights = new Map<string, number>();
  for (const [history, sum] of sums) {
    weights.set(history, Math.max(1 - sum.explicit, 1e-12) / Math.max(1 - sum.lower, 1e-12));
  }
  return weights;
}

function toEntries(
  probabilities: ReadonlyMap<string, number>,
  backoffs?: ReadonlyMap<string, number>,
): Map<string, NgramEntry> {
  const entries = new Map<string, NgramEntry>();
  for (const [key, probability] of probabilities) {
    const backoff = backoffs ? Math.log10(backoffs.get(key) ?? 1) : undefined;
    entries.set(key, { logProb: Math.log10(probability), ...(backoff !== undefined ? { backoff } : {}) });
  }
  return entries;
}

/**
 * Estimates a backoff n-gram model (trigram by default) with interpolated Witten-Bell discounting, which suits
 * weighted, fractional counts; optionally mixes general English into the unigram level so that words outside the
 * training text stay reachable.
 */
export function buildNgramModel(sentences: readonly WeightedSentence[], options: BuildModelOptions = {}): NgramModel {
  const order = options.order ?? 3;
  const counts = countNgrams(sentences, order);
  const probabilities: Map<string, number>[] = [unigramProbabilities(counts[0] ?? new Map(), options.mixture)];
  for (let index = 1; index < order; index++) {
    probabilities.push(higherOrderProbabilities(counts[index] ?? new Map(), probabilities[index - 1] ?? new Map()));
  }
  const backoffs = probabilities.map((level, index) => {
    const higher = probabilities[index + 1];
    return higher ? backoffWeights(higher, level) : undefined;
  });
  const orders = probabilities.map((level, index) => toEntries(level, backoffs[index]));
  const startBackoff = backoffs[0]?.get(SENTENCE_START) ?? 1;
  orders[0]?.set(SENTENCE_START, { logProb: LOG_ZERO, backoff: Math.log10(startBackoff) });
  return { orders };
}
