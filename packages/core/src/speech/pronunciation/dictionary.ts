import { derivePronunciations, type PronunciationLookup } from './derive.ts';
import { technicalPronunciations } from './technical-terms.ts';

/** A pronunciation dictionary: word → its pronunciations (ARPAbet strings), the first being the usual one. */
export type PronunciationDictionary = ReadonlyMap<string, readonly string[]>;

/** Parses CMU dictionary text ("word PH ONES", alternates as "word(2) PH ONES", "#" comments). */
export function parseDictionary(text: string): Map<string, string[]> {
  const dictionary = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^(\S+?)(?:\(\d+\))?\s+([^#]+?)\s*(?:#.*)?$/.exec(line);
    if (!match || !match[1] || !match[2]) continue;
    const word = match[1].toLowerCase();
    const entries = dictionary.get(word) ?? [];
    entries.push(match[2].replace(/\s+/g, ' '));
    dictionary.set(word, entries);
  }
  return dictionary;
}

export interface Pronouncer {
  /** Pronunciations of a word: Rehearse's technical list first, then the dictionary, then derived forms. */
  pronounce(word: string): readonly string[] | undefined;
  /** Whether the word came from neither list but from a rule (inflection, compound, acronym). */
  isDerived(word: string): boolean;
}

/**
 * Combines the technical-term list, a base dictionary and derivation rules into one cached lookup. With
 * `additions: false` only the base dictionary is used (to measure what the additions are worth).
 */
export function createPronouncer(base: PronunciationDictionary, options: { additions?: boolean } = {}): Pronouncer {
  const additions = options.additions ?? true;
  const derived = new Map<string, readonly string[] | undefined>();
  const known: PronunciationLookup = (word) =>
    (additions ? technicalPronunciations(word) : undefined) ?? base.get(word);
  const pronounce = (word: string): readonly string[] | undefined => {
    const direct = known(word);
    if (direct || !additions) return direct;
    if (!derived.has(word)) derived.set(word, derivePronunciations(word, known));
    return derived.get(word);
  };
  return { pronounce, isDerived: (word) => known(word) === undefined && pronounce(word) !== undefined };
}

/**
 * Dictionary text for exactly the words of a language model, in the format PocketSphinx reads with `-dict`.
 * A small dictionary loads faster than the full one and keeps the decoder to the model's vocabulary.
 * Words with no pronunciation are returned in `missing` and left out.
 */
export function buildDictionaryText(
  vocabulary: Iterable<string>,
  pronouncer: Pronouncer,
): { text: string; missing: string[] } {
  const lines: string[] = [];
  const missing: string[] = [];
  for (const word of [...new Set(vocabulary)].sort()) {
    if (word.startsWith('<')) continue;
    const pronunciations = pronouncer.pronounce(word);
    if (!pronunciations || pronunciations.length === 0) {
      missing.push(word);
      continue;
    }
    pronunciations.forEach((phones, index) => lines.push(`${index === 0 ? word : `${word}(${index + 1})`} ${phones}`));
  }
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', missing };
}
