import { describe, expect, it } from 'vitest';
import { cardinalWords, numberTokenWords } from './number-words.ts';
import { spokenSentences, spokenWords } from './spoken-text.ts';

describe('numbers read aloud', () => {
  it('spells cardinals without "and"', () => {
    expect(cardinalWords(429)).toEqual(['four', 'hundred', 'twenty', 'nine']);
    expect(cardinalWords(1000)).toEqual(['one', 'thousand']);
    expect(cardinalWords(12_005)).toEqual(['twelve', 'thousand', 'five']);
  });

  it('reads years in pairs, decimals digit by digit and thousands separators as one number', () => {
    expect(numberTokenWords('2024')).toEqual(['twenty', 'twenty', 'four']);
    expect(numberTokenWords('3.5')).toEqual(['three', 'point', 'five']);
    expect(numberTokenWords('1,000')).toEqual(['one', 'thousand']);
  });
});

describe('spokenWords', () => {
  it('lowercases, drops punctuation and keeps contractions', () => {
    expect(spokenWords("Don't build SQL strings, it's unsafe!")).toEqual([
      "don't",
      'build',
      'sql',
      'strings',
      "it's",
      'unsafe',
    ]);
  });

  it('splits hyphens, slashes and letter-digit runs and reads symbols', () => {
    expect(spokenWords('cache-aside, read/write, OAuth2, 50% and N+1')).toEqual([
      'cache',
      'aside',
      'read',
      'write',
      'oauth',
      'two',
      'fifty',
      'percent',
      'and',
      'n',
      'plus',
      'one',
    ]);
  });

  it('reads abbreviations as words', () => {
    expect(spokenWords('Use a queue, e.g. RabbitMQ')).toEqual(['use', 'a', 'queue', 'for', 'example', 'rabbitmq']);
  });

  it('splits sentences at their ends and at line breaks', () => {
    expect(spokenSentences('First point. Second one?\nThird')).toEqual([
      ['first', 'point'],
      ['second', 'one'],
      ['third'],
    ]);
  });
});
