// Bags of terms for search and similarity: content-word keys plus bigrams of neighbouring content words.
import { matchKey } from './match-key.ts';
import { isWordLike } from './phrase-match.ts';
import type { AnalyzedText, Token } from './types.ts';
import { words } from './word-lists.ts';

/** Words that carry no topic in a question or a search box ("what is the difference between…"). */
const QUESTION_WORDS = words(
  'vs versus difference differ explain describ tell mean exampl would could should how what when why',
  'which whi can do doe implement build handl approach go work deal time walk someth pro con',
);

/** A bigram key joins two content keys with a space: "thread process", "single thread". */
export function bigramKey(a: string, b: string): string {
  return `${a} ${b}`;
}

export function isContentToken(token: Token): boolean {
  return isWordLike(token) && !token.isStopWord && !QUESTION_WORDS.has(token.key) && token.key.length > 1;
}

export interface TermBag {
  /** Term → count: content keys and bigram keys. */
  readonly counts: Map<string, number>;
  /** Number of content-word occurrences (the field's length for BM25). */
  readonly length: number;
}

/**
 * Counts the content keys of a text and the bigrams of content words that follow each other in one clause
 * with at most two stop words between them ("thread vs process" gives "thread process").
 */
export function termBag(text: AnalyzedText): TermBag {
  const counts = new Map<string, number>();
  let length = 0;
  let previous: Token | undefined;
  let gap = 0;
  text.tokens.forEach((token, i) => {
    const joined = hyphenJoined(text.tokens, i);
    if (joined) add(counts, joined);
  });
  for (const token of text.tokens) {
    if (isContentToken(token)) {
      add(counts, token.key);
      length++;
      if (previous && previous.clause === token.clause && gap <= 2 && previous.key !== token.key)
        add(counts, bigramKey(previous.key, token.key));
      previous = token;
      gap = 0;
    } else if (isWordLike(token)) {
      gap++;
    } else if (token.text !== '-' && token.text !== '/') {
      previous = undefined;
    }
  }
  return { counts, length };
}

/** "back-end" also counts as "backend", so a search for either finds both spellings. */
function hyphenJoined(tokens: readonly Token[], i: number): string | undefined {
  const [before, hyphen, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (
    hyphen?.text !== '-' ||
    !before ||
    !after ||
    !isWordLike(before) ||
    !isWordLike(after) ||
    before.sentence !== after.sentence
  )
    return undefined;
  return matchKey(before.text.toLowerCase() + after.text.toLowerCase());
}

function add(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
