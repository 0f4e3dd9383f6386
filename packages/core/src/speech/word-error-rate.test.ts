import { describe, expect, it } from 'vitest';
import { alignWords, corpusWordErrorRate, wordErrorRate } from './word-error-rate.ts';

describe('wordErrorRate', () => {
  it('is zero for the same words whatever the case, punctuation and number style', () => {
    expect(wordErrorRate('We return 429, then retry.', 'we return four hundred twenty nine then retry').wer).toBe(0);
  });

  it('counts substitutions, deletions and insertions', () => {
    const result = alignWords(['use', 'bound', 'parameters'], ['use', 'a', 'noun', 'parameters', 'now']);
    expect(result).toEqual({ substitutions: 1, deletions: 0, insertions: 2, referenceWords: 3 });
  });

  it('treats a missing transcript as all deletions and an empty reference sensibly', () => {
    expect(wordErrorRate('one two three', '').wer).toBe(1);
    expect(wordErrorRate('', '').wer).toBe(0);
    expect(wordErrorRate('', 'noise').wer).toBe(1);
  });

  it('weighs long answers more in the corpus rate', () => {
    const long = alignWords('a b c d e f g h i j'.split(' '), 'a b c d e f g h i j'.split(' '));
    const short = alignWords(['x', 'y'], ['z', 'y']);
    expect(corpusWordErrorRate([long, short]).wer).toBeCloseTo(1 / 12);
  });
});

describe('comparableWords', () => {
  it('folds British spellings into American ones on both sides', () => {
    expect(
      wordErrorRate(
        'The parameterised queries normalise the behaviour',
        'the parameterized queries normalize the behavior',
      ).wer,
    ).toBe(0);
  });
});
