import type { TimedWord } from './transcript.ts';

/** Mishearings of technical terms that a general-English recogniser makes, written as word sequences. */
const KNOWN_MISHEARINGS: ReadonlyArray<[string, string]> = [
  ['sequel', 'sql'],
  ['no sequel', 'nosql'],
  ['my sequel', 'mysql'],
  ['post grass', 'postgres'],
  ['post dress', 'postgres'],
  ['jason', 'json'],
  ['j son', 'json'],
  ['o auth', 'oauth'],
  ['oh auth', 'oauth'],
  ['oh off', 'oauth'],
  ['read is', 'redis'],
  ['reddish', 'redis'],
  ['cash', 'cache'],
  ['cashing', 'caching'],
  ['cashed', 'cached'],
  ['cashes', 'caches'],
  ['cue', 'queue'],
  ['cues', 'queues'],
  ['q', 'queue'],
  ['cooper netties', 'kubernetes'],
  ['idem potent', 'idempotent'],
  ['item potent', 'idempotent'],
  ['rest full', 'restful'],
  ['mute x', 'mutex'],
  ['a sink', 'async'],
  ['web hook', 'webhook'],
  ['web hooks', 'webhooks'],
  ['shard ing', 'sharding'],
];

/**
 * A rough phonetic key (in the spirit of Metaphone): words that sound alike share it, e.g. "cash" and "cache",
 * "lock" and "lok". Vowels after the first letter are dropped and voiced/voiceless pairs kept apart.
 */
export function phoneticKey(word: string): string {
  let text = word.toLowerCase().replace(/[^a-z]/g, '');
  const rules: ReadonlyArray<[RegExp, string]> = [
    [/^kn|^gn|^pn|^wr/, text[1] ?? ''],
    [/ph/g, 'f'],
    [/ck/g, 'k'],
    [/sch/g, 'sk'],
    [/(sh|ch|tch)/g, 'X'],
    [/th/g, '0'],
    [/c(?=[eiy])/g, 's'],
    [/c|q/g, 'k'],
    [/dg(?=[eiy])/g, 'j'],
    [/g(?=[eiy])/g, 'j'],
    [/gh/g, ''],
    [/x/g, 'ks'],
    [/z/g, 's'],
    [/wh/g, 'w'],
    [/v/g, 'f'],
  ];
  for (const [pattern, replacement] of rules) text = text.replace(pattern, replacement);
  const first = text.slice(0, 1);
  const rest = text.slice(1).replace(/[aeiouyhw]/g, '');
  return (first + rest).replace(/(.)\1+/g, '$1').toUpperCase();
}

function sequenceAt(words: readonly string[], index: number, phrase: readonly string[]): boolean {
  return phrase.every((part, offset) => words[index + offset] === part);
}

export interface RepairOptions {
  /** Only words recognised with less confidence than this are changed by sound (default 0.7). */
  maxConfidence?: number;
}

/**
 * Puts a question's key terms back where the recogniser wrote a known mishearing ("sequel" → "sql") or a
 * low-confidence word that sounds the same ("cash" → "cache"). Only terms in `keyTerms` are ever written, so
 * the repair cannot invent vocabulary the question does not use. Returns the repaired words.
 */
export function repairKeyTerms(
  words: readonly Pick<TimedWord, 'word' | 'confidence'>[],
  keyTerms: Iterable<string>,
  options: RepairOptions = {},
): string[] {
  const terms = new Set([...keyTerms].map((term) => term.toLowerCase()));
  const byKey = new Map<string, string>();
  for (const term of terms) if (term.length >= 4 && !term.includes(' ')) byKey.set(phoneticKey(term), term);
  const mishearings = KNOWN_MISHEARINGS.filter(([, term]) => terms.has(term))
    .map(([heard, term]) => [heard.split(' '), term] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const plain = words.map((word) => word.word.toLowerCase());
  const repaired: string[] = [];
  for (let index = 0; index < plain.length; index++) {
    const known = mishearings.find(([heard]) => sequenceAt(plain, index, heard));
    if (known) {
      repaired.push(known[1]);
      index += known[0].length - 1;
      continue;
    }
    const word = plain[index] ?? '';
    const confident = (words[index]?.confidence ?? 1) >= (options.maxConfidence ?? 0.7);
    const soundsLike = byKey.get(phoneticKey(word));
    repaired.push(!confident && !terms.has(word) && soundsLike && word.length >= 3 ? soundsLike : word);
  }
  return repaired;
}

/** Distinctive words of a question's key-point evidence, the terms worth repairing in its transcripts. */
export function keyTermsOf(evidencePhrases: Iterable<string>, isCommonWord: (word: string) => boolean): string[] {
  const terms = new Set<string>();
  for (const phrase of evidencePhrases) {
    for (const word of phrase.toLowerCase().split(/[^a-z0-9']+/)) {
      if (word.length >= 4 && !isCommonWord(word)) terms.add(word);
    }
  }
  return [...terms].sort();
}
