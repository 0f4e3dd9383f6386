// A misconception stated in the speaker's own arrangement of the right words. "Open is the normal state, where
// calls flow through" uses only words a right answer about circuit breakers uses too: what makes it wrong is which
// word goes with which. So a sentence states a known wrong claim when it follows the claim's words, in order, more
// closely than it follows any right statement of the question (its model answer, key points and the
// misconception's own correction). Generic: it needs no signal phrase, only the claim the bank already words.
import { isWordLike } from '../language/phrase-match.ts';
import { synonymKey } from '../language/synonyms.ts';
import type { AnalyzedText, Token } from '../language/types.ts';
import { words } from '../language/word-lists.ts';

/** Small words that carry a claim ("always", "only", "every"): kept in the sequences beside content words. */
const CLAIM_QUANTIFIERS = words('alway never everi all onli none');

/**
 * Thresholds measured on our tuning set (never on the held-out one): a claim clause needs three words, at least
 * two of them beyond the topic's own name, covering half its words beyond the name, and the sentence must follow
 * the claim by at least one word more than it follows any right statement.
 */
const MIN_MATCHED = 3;
const MIN_MATCHED_BEYOND_TOPIC = 2;
const MIN_SHARE_BEYOND_TOPIC = 0.5;
const MARGIN_OVER_RIGHT = 1;
const MIN_WEIGHT_SHARE = 0.5;

/** The comparable words of one stretch of text, in order: synonym group, with "#not" when negated. */
export type KeySequence = readonly string[];

export interface ClaimOrderProfile {
  /** The claim's clauses (split at semicolons), each as a sequence. */
  readonly claims: readonly KeySequence[];
  /** Each clause without its conditions ("even when the caller needs an answer"): what the claim asserts. */
  readonly assertions: readonly KeySequence[];
  /** Right statements: the question's model answer and key points, and this misconception's correction. */
  readonly rights: readonly KeySequence[];
}

/** Sequences of each sentence of a text; tokens `skip` rejects (a warned-against or supposed clause) are left out. */
export function sentenceSequences(
  text: AnalyzedText,
  skip: (position: number) => boolean = () => false,
): KeySequence[] {
  return text.sentences.map((sentence) => {
    const keys: string[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = text.tokens[i];
      if (token && isComparable(token) && !skip(i)) keys.push(sequenceKey(token));
    }
    return keys;
  });
}

/**
 * A claim's condition is not its assertion: "use events even when the caller needs an answer right away" asserts
 * "use events". A sentence that only shares the condition ("when you need an answer right away, call directly")
 * has not stated the claim. Returns, per sentence, the sequence of the words outside conditions.
 */
export function assertionSequences(text: AnalyzedText): KeySequence[] {
  const inCondition = conditionMask(text);
  return sentenceSequences(text, (position) => inCondition[position] ?? false);
}

/** Per token, whether it belongs to a condition: a clause opened by "when", "if", "unless"…, up to the next comma or full stop. */
export function conditionMask(text: AnalyzedText): boolean[] {
  let inCondition = false;
  return text.tokens.map((token) => {
    if (CONDITION_OPENERS.has(token.text.toLowerCase())) inCondition = true;
    else if (token.kind === 'punctuation' && /[,;:.!?]/.test(token.text)) inCondition = false;
    return inCondition;
  });
}

const CONDITION_OPENERS = words('when whenever if unless because since once while until');

/**
 * Sequences of each sentence's parts, split at semicolons: each part makes its own claim, so words from "marking it
 * async doesn't change that; CPU work still runs on the same thread" are not read as one claim across the two.
 */
export function sentencePartSequences(
  text: AnalyzedText,
  skip: (position: number) => boolean = () => false,
): KeySequence[][] {
  return text.sentences.map((sentence) => {
    const parts: string[][] = [[]];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = text.tokens[i];
      if (!token) continue;
      if (token.text === ';') parts.push([]);
      else if (isComparable(token) && !skip(i)) parts[parts.length - 1]?.push(sequenceKey(token));
    }
    return parts.filter((part) => part.length > 0);
  });
}

function isComparable(token: Token): boolean {
  return isWordLike(token) && !token.isNegator && (!token.isStopWord || CLAIM_QUANTIFIERS.has(token.key));
}

function sequenceKey(token: Token): string {
  return synonymKey(token.key) + (token.isNegated ? '#not' : '');
}

/** Whether a sentence's sequence states the claim rather than anything right. */
export function statesClaim(
  profile: ClaimOrderProfile,
  sentence: KeySequence,
  topicKeys: ReadonlySet<string>,
  weight: (key: string) => number = () => 1,
): boolean {
  const beyondTopic = (key: string) => !topicKeys.has(key.replace('#not', ''));
  const weightOf = (keys: readonly string[]) =>
    keys.filter(beyondTopic).reduce((sum, key) => sum + weight(key.replace('#not', '')), 0);
  for (const [k, claim] of profile.claims.entries()) {
    const matched = commonInOrder(claim, sentence);
    const matchedBeyond = matched.filter(beyondTopic).length;
    if (matched.length < MIN_MATCHED || matchedBeyond < MIN_MATCHED_BEYOND_TOPIC) continue;
    if (matchedBeyond < MIN_SHARE_BEYOND_TOPIC * claim.filter(beyondTopic).length) continue;
    if (weightOf(matched) < MIN_WEIGHT_SHARE * weightOf(claim)) continue;
    const assertion = profile.assertions[k] ?? claim;
    if (!commonInOrder(assertion, sentence).some(beyondTopic)) continue;
    const right = Math.max(0, ...profile.rights.map((r) => commonInOrder(r, sentence).length));
    if (matched.length >= right + MARGIN_OVER_RIGHT) return true;
  }
  return false;
}

/** The longest common subsequence of two sequences: the words they share in the same order. */
export function commonInOrder(a: KeySequence, b: KeySequence): string[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++)
      table[i * cols + j] =
        a[i - 1] === b[j - 1]
          ? (table[(i - 1) * cols + j - 1] ?? 0) + 1
          : Math.max(table[(i - 1) * cols + j] ?? 0, table[i * cols + j - 1] ?? 0);
  const common: string[] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0;) {
    if (a[i - 1] === b[j - 1]) {
      common.unshift(a[i - 1] ?? '');
      i--;
      j--;
    } else if ((table[(i - 1) * cols + j] ?? 0) >= (table[i * cols + j - 1] ?? 0)) i--;
    else j--;
  }
  return common;
}
