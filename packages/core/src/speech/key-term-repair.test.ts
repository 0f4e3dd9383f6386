import { describe, expect, it } from 'vitest';
import { keyTermsOf, phoneticKey, repairKeyTerms } from './key-term-repair.ts';

const heard = (text: string, confidence = 0.4) => text.split(' ').map((word) => ({ word, confidence }));

describe('phoneticKey', () => {
  it('gives words that sound alike the same key', () => {
    expect(phoneticKey('cash')).toBe(phoneticKey('cache'));
    expect(phoneticKey('fone')).toBe(phoneticKey('phone'));
    expect(phoneticKey('lock')).not.toBe(phoneticKey('queue'));
  });
});

describe('repairKeyTerms', () => {
  it('restores known mishearings of the question’s terms', () => {
    expect(repairKeyTerms(heard('we store it as jason in post grass'), ['json', 'postgres'])).toEqual([
      'we',
      'store',
      'it',
      'as',
      'json',
      'in',
      'postgres',
    ]);
  });

  it('replaces only uncertain words that sound like a key term', () => {
    const words = [
      { word: 'the', confidence: 0.9 },
      { word: 'skema', confidence: 0.3 },
      { word: 'skema', confidence: 0.95 },
    ];
    expect(repairKeyTerms(words, ['schema'])).toEqual(['the', 'schema', 'skema']);
  });

  it('never writes a term the question does not use', () => {
    expect(repairKeyTerms(heard('a sequel to the film'), ['cache'])).toEqual(['a', 'sequel', 'to', 'the', 'film']);
  });
});

describe('keyTermsOf', () => {
  it('keeps distinctive words of evidence phrases', () => {
    const common = new Set(['with', 'the', 'user', 'input']);
    expect(
      keyTermsOf(['bind the user input', 'prepared statement with placeholders'], (word) => common.has(word)),
    ).toEqual(['bind', 'placeholders', 'prepared', 'statement']);
  });
});
