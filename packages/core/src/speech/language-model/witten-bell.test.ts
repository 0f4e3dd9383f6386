import { describe, expect, it } from 'vitest';
import { parseArpa, parseArpaUnigrams, SENTENCE_END, writeArpa } from './arpa.ts';
import { log10Probability, perplexity } from './ngram-query.ts';
import { buildNgramModel, countNgrams, type WeightedSentence } from './witten-bell.ts';

const sentences: WeightedSentence[] = [
  { words: ['bind', 'the', 'parameters'], weight: 1 },
  { words: ['bind', 'the', 'values'], weight: 1 },
  { words: ['never', 'concatenate', 'the', 'input'], weight: 1 },
  { words: ['use', 'a', 'queue'], weight: 3 },
];

function totalProbability(model: ReturnType<typeof buildNgramModel>, history: string[]): number {
  const vocabulary = [...(model.orders[0]?.keys() ?? [])].filter((word) => word !== '<s>');
  return vocabulary.reduce((sum, word) => sum + 10 ** log10Probability(model, history, word), 0);
}

describe('countNgrams', () => {
  it('counts weighted n-grams with sentence markers as history only', () => {
    const counts = countNgrams(sentences, 3);
    expect(counts[0]?.get('the')).toBe(3);
    expect(counts[0]?.has('<s>')).toBe(false);
    expect(counts[1]?.get('<s> use')).toBe(3);
    expect(counts[2]?.get('queue </s>')).toBeUndefined();
    expect(counts[2]?.get('a queue </s>')).toBe(3);
  });
});

describe('buildNgramModel (Witten-Bell)', () => {
  const model = buildNgramModel(sentences);

  it('gives every history a proper distribution once backoff is applied', () => {
    for (const history of [[], ['<s>'], ['the'], ['bind', 'the'], ['<s>', 'bind'], ['queue'], ['values']]) {
      expect(totalProbability(model, history)).toBeCloseTo(1, 6);
    }
  });

  it('prefers seen continuations and keeps unseen ones possible', () => {
    const seen = log10Probability(model, ['bind', 'the'], 'parameters');
    const unseen = log10Probability(model, ['bind', 'the'], 'queue');
    expect(seen).toBeGreaterThan(unseen);
    expect(Number.isFinite(unseen)).toBe(true);
  });

  it('lowers perplexity on text like its training text', () => {
    const near = perplexity(model, [['bind', 'the', 'values']]);
    const far = perplexity(model, [['values', 'queue', 'never', 'a']]);
    expect(near).toBeLessThan(far);
  });

  it('mixes general English unigrams in, still normalised', () => {
    const general = new Map([
      ['the', -1],
      ['weather', -3],
      ['<s>', -99],
    ]);
    const mixed = buildNgramModel(sentences, { mixture: { log10Probabilities: general, weight: 0.2 } });
    expect(mixed.orders[0]?.has('weather')).toBe(true);
    expect(totalProbability(mixed, ['the'])).toBeCloseTo(1, 6);
    expect(totalProbability(mixed, [])).toBeCloseTo(1, 6);
  });
});

describe('ARPA text', () => {
  it('round-trips a model', () => {
    const model = buildNgramModel(sentences);
    const parsed = parseArpa(writeArpa(model));
    expect(parsed.orders.map((grams) => grams.size)).toEqual(model.orders.map((grams) => grams.size));
    expect(parsed.orders[2]?.get('bind the parameters')?.logProb).toBeCloseTo(
      model.orders[2]?.get('bind the parameters')?.logProb ?? 0,
      3,
    );
    expect(writeArpa(model)).toMatch(/^\\data\\\nngram 1=\d+\nngram 2=\d+\nngram 3=\d+\n/);
  });

  it('reads the unigrams of a file cut short in the bigram section', () => {
    const text = `\\data\\\nngram 1=3\nngram 2=9\n\n\\1-grams:\n-1.5\t${SENTENCE_END}\t0\n-2.25\tcache\t-0.3\n-3.0\tqueue\t-0.2\n\n\\2-grams:\n-0.5\tcache qu`;
    expect([...parseArpaUnigrams(text)]).toEqual([
      [SENTENCE_END, -1.5],
      ['cache', -2.25],
      ['queue', -3],
    ]);
  });
});
