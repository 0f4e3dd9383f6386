import { numberTokenWords } from './number-words.ts';

/** Written forms that a speaker reads out as other words. Applied before tokenising. */
const READ_ALOUD: ReadonlyArray<[RegExp, string]> = [
  [/\be\.g\.,?/gi, ' for example '],
  [/\bi\.e\.,?/gi, ' that is '],
  [/\betc\./gi, ' et cetera '],
  [/\bvs\.?(?=\s)/gi, ' versus '],
  [/&/g, ' and '],
  [/%/g, ' percent '],
  [/\+/g, ' plus '],
  [/=/g, ' equals '],
  [/@/g, ' at '],
  [/\$(\d[\d,.]*)/g, ' $1 dollars '],
  [/\bno\.(?=\s*\d)/gi, ' number '],
];

const APOSTROPHES = /[\u2018\u2019\u02bc`]/g;

/** Splits "oauth2", "http2", "10ms", "p99" into their letter and digit parts. */
function splitLettersAndDigits(token: string): string[] {
  return token.match(/\d[\d,]*(?:\.\d+)?|[^\d]+/g) ?? [];
}

function wordsOfPiece(piece: string): string[] {
  if (/^\d/.test(piece)) return numberTokenWords(piece);
  const word = piece.replace(/^'+|'+$/g, '');
  return word.length > 0 ? [word] : [];
}

/** British spellings folded into American ones, so "parameterised" and "parameterized" compare equal. */
const SPELLING_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/isation(s?)$/, 'ization$1'],
  [/(?<=..)is(e|ed|es|ing|er|ers)$/, 'iz$1'],
  [/(?<=...)our(s?)$/, 'or$1'],
];

/** One canonical spelling of a word for comparisons (word error rate); both sides must go through it. */
export function canonicalSpelling(word: string): string {
  return SPELLING_FOLDS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), word);
}

/**
 * Turns written text into the lowercase word sequence a speaker would say and a recogniser would write:
 * numbers spelled out, symbols read aloud, hyphens and slashes split, punctuation dropped, apostrophes of
 * contractions kept ("don't", "it's"). Used for the language model's corpus and for word error rates alike.
 */
export function spokenWords(text: string): string[] {
  let prepared = text.replace(APOSTROPHES, "'");
  for (const [pattern, replacement] of READ_ALOUD) prepared = prepared.replace(pattern, replacement);
  const rough = prepared.toLowerCase().match(/[a-z0-9]+(?:[.,'][a-z0-9]+)*/g) ?? [];
  const words: string[] = [];
  for (const token of rough) {
    const cleaned = /\d/.test(token)
      ? token.replace(/,(?!\d{3}(?!\d))/g, ' ').replace(/\.(?!\d)|(?<!\d)\./g, ' ')
      : token.replace(/[.,]/g, ' ');
    for (const part of cleaned.split(' ')) {
      for (const piece of splitLettersAndDigits(part)) words.push(...wordsOfPiece(piece));
    }
  }
  return words;
}

/** Sentences of a text, each as its spoken words; empty sentences are dropped. */
export function spokenSentences(text: string): string[][] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+/)
    .map((sentence) => spokenWords(sentence))
    .filter((words) => words.length > 0);
}
