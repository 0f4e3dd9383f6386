import type { PhraseMatch } from './fillers.ts';

/** Phrases that soften a claim until it commits to nothing. One or two are natural; many sound unsure. */
const HEDGING_PHRASES: readonly string[][] = [
  ['i', 'think'],
  ['i', 'guess'],
  ['i', 'believe'],
  ['i', 'suppose'],
  ['maybe'],
  ['perhaps'],
  ['probably'],
  ['possibly'],
  ["i'm", 'not', 'sure'],
  ['not', 'sure'],
  ['i', "don't", 'know'],
  ['more', 'or', 'less'],
  ['if', 'i', 'remember', 'correctly'],
  ['if', "i'm", 'not', 'mistaken'],
  ['i', 'would', 'say'],
  ["i'd", 'say'],
  ['something', 'like', 'that'],
  ['or', 'something'],
];

function matchesAt(words: readonly string[], index: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => words[index + offset] === word);
}

/** Hedging phrases in a lowercase word sequence, longest phrase first at each position. */
export function findHedges(words: readonly string[]): PhraseMatch[] {
  const phrases = [...HEDGING_PHRASES].sort((a, b) => b.length - a.length);
  const found: PhraseMatch[] = [];
  for (let index = 0; index < words.length; index++) {
    const phrase = phrases.find((candidate) => matchesAt(words, index, candidate));
    if (phrase) {
      found.push({ phrase: phrase.join(' '), index, length: phrase.length });
      index += phrase.length - 1;
    }
  }
  return found;
}
