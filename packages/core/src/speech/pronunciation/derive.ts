import { LETTER_PRONUNCIATIONS, PREFIX_PRONUNCIATIONS } from './technical-terms.ts';

/** Known pronunciations of a word (ARPAbet strings), or undefined. */
export type PronunciationLookup = (word: string) => readonly string[] | undefined;

const VOICELESS = new Set(['P', 'T', 'K', 'F', 'TH']);
const SIBILANTS = new Set(['S', 'Z', 'SH', 'ZH', 'CH', 'JH']);

function lastPhone(phones: string): string {
  return phones.slice(phones.lastIndexOf(' ') + 1);
}

/** The plural or possessive ending after a pronunciation: "cats" S, "dogs" Z, "caches" IH Z. */
function withS(phones: string): string {
  const last = lastPhone(phones);
  if (SIBILANTS.has(last)) return `${phones} IH Z`;
  return `${phones} ${VOICELESS.has(last) ? 'S' : 'Z'}`;
}

/** The past ending: "mapped" T, "logged" D, "hosted" IH D. */
function withEd(phones: string): string {
  const last = lastPhone(phones);
  if (last === 'T' || last === 'D') return `${phones} IH D`;
  return `${phones} ${VOICELESS.has(last) || last === 'SH' || last === 'CH' ? 'T' : 'D'}`;
}

interface SuffixRule {
  suffix: string;
  /** Candidate stems for a word with this suffix removed. */
  stems: (stem: string) => string[];
  apply: (phones: string) => string;
}

function undoubled(stem: string): string[] {
  const last = stem.at(-1);
  return last !== undefined && stem.at(-2) === last ? [stem, stem.slice(0, -1)] : [stem];
}

const SUFFIX_RULES: readonly SuffixRule[] = [
  { suffix: "'s", stems: (stem) => [stem], apply: withS },
  { suffix: 'ies', stems: (stem) => [`${stem}y`], apply: (phones) => `${phones} Z` },
  { suffix: 'es', stems: (stem) => [stem, `${stem}e`], apply: withS },
  { suffix: 's', stems: (stem) => [stem], apply: withS },
  { suffix: 'ied', stems: (stem) => [`${stem}y`], apply: (phones) => `${phones} D` },
  { suffix: 'ed', stems: (stem) => [...undoubled(stem), `${stem}e`], apply: withEd },
  { suffix: 'ing', stems: (stem) => [...undoubled(stem), `${stem}e`], apply: (phones) => `${phones} IH NG` },
  { suffix: 'ers', stems: (stem) => [...undoubled(stem), `${stem}e`], apply: (phones) => `${phones} ER Z` },
  { suffix: 'er', stems: (stem) => [...undoubled(stem), `${stem}e`], apply: (phones) => `${phones} ER` },
  { suffix: 'ly', stems: (stem) => [stem], apply: (phones) => `${phones} L IY` },
  { suffix: 'able', stems: (stem) => [stem, `${stem}e`], apply: (phones) => `${phones} AH B AH L` },
  { suffix: 'ness', stems: (stem) => [stem], apply: (phones) => `${phones} N AH S` },
];

function bySuffix(word: string, lookup: PronunciationLookup): string[] | undefined {
  for (const rule of SUFFIX_RULES) {
    if (!word.endsWith(rule.suffix) || word.length - rule.suffix.length < 3) continue;
    const stem = word.slice(0, -rule.suffix.length);
    for (const candidate of rule.stems(stem)) {
      const found = lookup(candidate);
      if (found && found.length > 0) return found.map(rule.apply);
    }
  }
  return undefined;
}

function byPrefix(word: string, lookup: PronunciationLookup): string[] | undefined {
  for (const [prefix, phones] of Object.entries(PREFIX_PRONUNCIATIONS)) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
    const rest = word.slice(prefix.length).replace(/^-/, '');
    const found = lookup(rest) ?? bySuffix(rest, lookup);
    if (found && found.length > 0) return found.map((tail) => `${phones} ${tail}`);
  }
  return undefined;
}

/** Splits a compound ("dockerfile", "codebase") into two known words, preferring the most even split. */
function byCompound(word: string, lookup: PronunciationLookup): string[] | undefined {
  const splits = Array.from({ length: word.length - 5 }, (_, index) => index + 3).sort(
    (a, b) => Math.abs(a - word.length / 2) - Math.abs(b - word.length / 2),
  );
  for (const at of splits) {
    const head = lookup(word.slice(0, at))?.[0];
    const tail = lookup(word.slice(at)) ?? bySuffix(word.slice(at), lookup);
    if (head && tail && tail.length > 0) return [`${head} ${tail[0]}`];
  }
  return undefined;
}

/** British spellings that the (American) dictionary holds in their American form. */
const AMERICAN_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|ed|es|ing|er|ers|able)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/our(s|ed|ing|able|ite|ites)?$/, 'or$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ogue(s?)$/, 'og$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ence$/, 'ense'],
];

/** Pronunciations of a British spelling through its American form ("parameterised" as "parameterized"). */
export function byAmericanSpelling(word: string, lookup: PronunciationLookup): string[] | undefined {
  for (const [pattern, replacement] of AMERICAN_SPELLINGS) {
    if (!pattern.test(word)) continue;
    const american = word.replace(pattern, replacement);
    const found = lookup(american) ?? bySuffix(american, lookup);
    if (found && found.length > 0) return [...found];
  }
  return undefined;
}

/** Spells a short acronym letter by letter: "tls" → T IY EH L EH S. */
export function spelledOut(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  return [...word].map((letter) => LETTER_PRONUNCIATIONS[letter] ?? '').join(' ');
}

function looksLikeAcronym(word: string): boolean {
  return /^[a-z]{2,5}$/.test(word) && (!/[aeiouy]/.test(word) || word.length <= 3);
}

/**
 * Pronunciations of a word that the dictionary lacks, derived from words it has: inflections ("shards",
 * "sharding"), prefixes ("rebalance"), compounds ("dockerfile") and spelled acronyms ("tls"). Undefined when no
 * rule applies, so the caller can leave the word out of the language model rather than guess.
 */
export function derivePronunciations(word: string, lookup: PronunciationLookup): string[] | undefined {
  const derived =
    byAmericanSpelling(word, lookup) ?? bySuffix(word, lookup) ?? byPrefix(word, lookup) ?? byCompound(word, lookup);
  if (derived) return derived;
  if (looksLikeAcronym(word)) {
    const spelled = spelledOut(word);
    return spelled ? [spelled] : undefined;
  }
  return undefined;
}
