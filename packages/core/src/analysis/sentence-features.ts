// Per-sentence measurements that tell an explanation from a list of terms: verbs, clauses, bare list items,
// fillers, and how much of the sentence's vocabulary belongs to the question.
import { findPhrase, isWordLike, type TextIndex } from '../language/phrase-match.ts';
import { isContentToken } from '../language/terms.ts';
import type { Token } from '../language/types.ts';
import { cues } from './cues.ts';

export interface SentenceFeatures {
  readonly index: number;
  readonly words: number;
  readonly contentWords: number;
  readonly verbs: number;
  readonly clauses: number;
  /** Segments between commas or "and"/"or" that are a few words without a verb: the items of a list. */
  readonly listItems: number;
  /** Commas, semicolons and colons per word, from four of them up: a string of terms rather than a sentence. */
  readonly listLike: boolean;
  /**
   * A short sentence that only rates a term ("Key expiry is important.", "Concurrency matters a lot."): it names
   * the point without saying anything about it.
   */
  readonly ratesOnly: boolean;
  /** Token positions inside list items, when the sentence holds a list of three or more. */
  readonly listTokens: ReadonlySet<number>;
  readonly fillerWords: number;
  /** Rarity-weighted share (0–1) of the sentence's content words that the question's own texts use. */
  readonly topicShare: number;
  /** Summed rarity of the sentence's content words (how much it could say). */
  readonly contentWeight: number;
}

export function sentenceFeatures(
  index: TextIndex,
  vocabulary: ReadonlySet<string>,
  weight: (key: string) => number,
): SentenceFeatures[] {
  const fillerTokens = fillerPositions(index);
  // A plain phrasing of a term on the topic ("try again" for retry) is on the topic too.
  const plainOnTopic = new Set(index.aliases.filter((a) => vocabulary.has(a.key)).map((a) => a.position));
  const tokenAt = new Map(index.text.tokens.map((t, i) => [t, i]));
  return index.text.sentences.map((sentence) => {
    const tokens = index.text.tokens.slice(sentence.firstToken, sentence.endToken);
    const words = tokens.filter(isWordLike);
    const content = tokens.filter(isContentToken);
    const list = listSegments(tokens, sentence.firstToken);
    const contentWeight = content.reduce((sum, t) => sum + topicWeight(t, weight), 0);
    const onTopicWeight = content
      .filter((t) => vocabulary.has(t.key) || plainOnTopic.has(tokenAt.get(t) ?? -1))
      .reduce((sum, t) => sum + topicWeight(t, weight), 0);
    return {
      index: sentence.index,
      words: words.length,
      contentWords: content.length,
      verbs: tokens.filter((t) => t.pos === 'VERB' && !isContentFreeVerb(t)).length,
      clauses: new Set(words.map((t) => t.clause)).size,
      listItems: list.items,
      listLike: isListLike(tokens, words.length),
      ratesOnly: words.length <= RATES_ONLY_MAX_WORDS && RATING.test(sentence.text) && !REASONING.test(sentence.text),
      listTokens: list.items >= 3 ? list.tokens : new Set<number>(),
      fillerWords: countIn(fillerTokens, sentence.firstToken, sentence.endToken),
      topicShare: contentWeight > 0 ? onTopicWeight / contentWeight : 0,
      contentWeight,
    };
  });
}

const RATES_ONLY_MAX_WORDS = 10;
const RATING =
  /\b(?:is|are|'s|'re|remains?|becomes?)\s+(?:\w+\s+)?(?:important|key|essential|crucial|critical|vital|a must|necessary|a priority|a big deal)\b|\bmatters?\b/i;
/** Words that give a rating its reason or its condition, which makes it an explanation. */
const REASONING = /\b(?:because|since|so|which|otherwise|when|if|unless|or else|to avoid|to stop|to keep)\b/i;

/**
 * "Breaker: closed, open, half-open, thresholds, timeouts, retries": taggers read some of those words as verbs,
 * so the separators decide. Prose has about one comma in ten words; a recited list one in two or three.
 */
function isListLike(tokens: readonly Token[], words: number): boolean {
  const separators = tokens.filter((t) => t.text === ',' || t.text === ';' || t.text === ':').length;
  if (separators >= LIST_MIN_SEPARATORS && separators / Math.max(1, words) >= LIST_SEPARATOR_DENSITY) return true;
  // A transcript has no commas, and taggers read "sliding", "fixed" or "retry" in a list as verbs; what gives a
  // recited list away is the missing grammar: prose is about half small words, a string of terms hardly has any.
  const small = tokens.filter((t) => isWordLike(t) && t.isStopWord).length;
  return words >= LIST_MIN_WORDS && small / words < LIST_MAX_SMALL_WORD_SHARE;
}

/**
 * Words from which a sentence with few small words ("a", "the", "to", "it", "we") reads as a list: prose has about
 * half, and a recogniser slips a third into a recited list ("bulkhead resilience four j is spreads only istio").
 * Measured on our tuning set spoken by flite and transcribed by PocketSphinx: 0.3 let 6 of 24 recited lists score
 * 50 or more (pairwise 0.879); 0.35 let 1 (0.902), costing strong answers 0.2 points typed and spoken.
 */
const LIST_MIN_WORDS = 12;
const LIST_MAX_SMALL_WORD_SHARE = 0.35;

const LIST_MIN_SEPARATORS = 4;
const LIST_SEPARATOR_DENSITY = 0.25;

/** Nouns carry a topic; verbs and adjectives less; adverbs and numbers hardly. */
const TOPIC_BY_TAG: Partial<Record<Token['pos'], number>> = {
  NOUN: 1,
  PROPN: 1,
  VERB: 0.6,
  ADJ: 0.6,
  ADV: 0.3,
  NUM: 0.3,
};

function topicWeight(token: Token, weight: (key: string) => number): number {
  return weight(token.key) * (TOPIC_BY_TAG[token.pos] ?? 0.5);
}

function countIn(positions: ReadonlySet<number>, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (positions.has(i)) count++;
  return count;
}

/** "Is", "have", "do" and "get" carry no action of their own. */
function isContentFreeVerb(token: Token): boolean {
  return token.lemma === 'be' || token.lemma === 'have' || token.lemma === 'do' || token.lemma === 'get';
}

function listSegments(tokens: readonly Token[], offset: number): { items: number; tokens: Set<number> } {
  const positions = new Set<number>();
  let items = 0;
  let segment: number[] = [];
  const close = (): void => {
    const words = segment.map((i) => tokens[i - offset]).filter((t): t is Token => t !== undefined && isWordLike(t));
    const hasVerb = words.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (words.length >= 1 && words.length <= 4 && !hasVerb && words.some(isContentToken)) {
      items++;
      for (const i of segment) positions.add(i);
    }
    segment = [];
  };
  tokens.forEach((token, i) => {
    const separator =
      token.text === ',' ||
      token.text === ';' ||
      token.text === ':' ||
      (token.pos === 'CCONJ' && (token.lemma === 'and' || token.lemma === 'or'));
    if (separator) close();
    else if (isWordLike(token)) segment.push(offset + i);
  });
  close();
  return { items, tokens: positions };
}

function fillerPositions(index: TextIndex): Set<number> {
  const positions = new Set<number>();
  for (const phrase of cues('filler'))
    for (const match of findPhrase(phrase, index)) for (const t of match.tokens) positions.add(t);
  return positions;
}
