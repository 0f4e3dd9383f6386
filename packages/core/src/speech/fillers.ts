/** A filler or hedging phrase found in a word sequence: where it starts, how many words it spans. */
export interface PhraseMatch {
  phrase: string;
  index: number;
  length: number;
}

const ALWAYS_FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'erm', 'er', 'ah', 'hmm', 'mm', 'basically', 'literally']);
/** Words after which "like" introduces a pause in thought rather than a comparison or a verb. */
const DISCOURSE_WORDS = new Set(['so', 'and', 'but', 'or', 'um', 'uh', 'er', 'erm', 'yeah', 'okay', 'well', 'just']);
/** Words after which "like" is a verb ("I like", "would like", "don't like"). */
const VERB_CONTEXT = new Set([
  'i',
  'you',
  'we',
  'they',
  'people',
  'users',
  'would',
  "i'd",
  "we'd",
  "don't",
  "doesn't",
  "didn't",
  'to',
  'really',
  'not',
  'also',
  'might',
  'may',
]);
/** Words after which "kind of" and "sort of" name a category ("a kind of cache") rather than hedge. */
const NOUN_CONTEXT = new Set([
  'a',
  'the',
  'this',
  'that',
  'what',
  'which',
  'each',
  'every',
  'any',
  'some',
  'one',
  'same',
]);
/** Words after which "you know" is a real question or clause ("do you know", "if you know the key"). */
const KNOW_CONTEXT = new Set(['do', 'did', "don't", 'if', 'when', 'as', 'unless', 'whether', 'what', 'how', 'that']);
/** Words after "you know" that make it a real clause ("you know what it returns", "you know the id"). */
const KNOW_OBJECTS = new Set(['what', 'how', 'whether', 'which', 'where', 'who', 'the', 'its', 'their', 'exactly']);

function isFillerLike(words: readonly string[], index: number): boolean {
  const previous = words[index - 1];
  const next = words[index + 1];
  if (previous === undefined) return true;
  if (VERB_CONTEXT.has(previous) || previous.endsWith("n't")) return false;
  if (DISCOURSE_WORDS.has(previous)) return true;
  return next !== undefined && (next === 'like' || ALWAYS_FILLERS.has(next));
}

function isFillerYouKnow(words: readonly string[], index: number): boolean {
  const previous = words[index - 1];
  const next = words[index + 2];
  if (previous !== undefined && KNOW_CONTEXT.has(previous)) return false;
  return next === undefined || !KNOW_OBJECTS.has(next);
}

function isHedgingKindOf(words: readonly string[], index: number): boolean {
  const previous = words[index - 1];
  return previous === undefined || !NOUN_CONTEXT.has(previous);
}

function fillerAt(words: readonly string[], index: number): PhraseMatch | null {
  const word = words[index] ?? '';
  const next = words[index + 1];
  if (ALWAYS_FILLERS.has(word)) return { phrase: word, index, length: 1 };
  if (word === 'like' && isFillerLike(words, index)) return { phrase: 'like', index, length: 1 };
  if (word === 'you' && next === 'know' && isFillerYouKnow(words, index)) {
    return { phrase: 'you know', index, length: 2 };
  }
  if (word === 'i' && next === 'mean') return { phrase: 'i mean', index, length: 2 };
  if ((word === 'kind' || word === 'sort') && next === 'of' && isHedgingKindOf(words, index)) {
    return { phrase: `${word} of`, index, length: 2 };
  }
  return null;
}

/**
 * Filler words and phrases in a lowercase word sequence: um, uh, erm, basically, literally, "you know", "I mean",
 * "kind of" / "sort of" as hedges, and "like" where it fills a pause (not "I like", "would like", "like a queue").
 */
export function findFillers(words: readonly string[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let index = 0; index < words.length; index++) {
    const match = fillerAt(words, index);
    if (match) {
      found.push(match);
      index += match.length - 1;
    }
  }
  return found;
}
