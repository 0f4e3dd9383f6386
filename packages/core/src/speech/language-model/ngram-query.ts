import { SENTENCE_END, SENTENCE_START, type NgramModel } from './arpa.ts';

/** log10 p(word | history) under a backoff model, backing off through shorter histories as ARPA prescribes. */
export function log10Probability(model: NgramModel, history: readonly string[], word: string): number {
  const order = model.orders.length;
  const context = history.slice(Math.max(history.length - (order - 1), 0));
  let backoffSum = 0;
  for (let start = 0; start <= context.length; start++) {
    const used = context.slice(start);
    const entry = model.orders[used.length]?.get([...used, word].join(' '));
    if (entry) return backoffSum + entry.logProb;
    const historyEntry = model.orders[used.length - 1]?.get(used.join(' '));
    backoffSum += historyEntry?.backoff ?? 0;
  }
  return -Infinity;
}

/** Perplexity of sentences (each a word list) under the model, counting </s>; Infinity if a word is unknown. */
export function perplexity(model: NgramModel, sentences: readonly (readonly string[])[]): number {
  let log10Sum = 0;
  let predictions = 0;
  for (const words of sentences) {
    const tokens = [SENTENCE_START, ...words, SENTENCE_END];
    for (let index = 1; index < tokens.length; index++) {
      log10Sum += log10Probability(model, tokens.slice(0, index), tokens[index] ?? '');
      predictions += 1;
    }
  }
  return predictions === 0 ? 1 : 10 ** (-log10Sum / predictions);
}
