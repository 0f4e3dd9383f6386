// Is the answer about this question? Two measures: how much of the answer's distinctive vocabulary the
// question's own texts use (topic share), and, when the bank's index is at hand, how this question ranks among
// all questions when the answer itself is the search query (an answer about API keys ranks the API-key question
// first, not the caching one it was given for).
import type { AnalyzedText } from '../language/types.ts';
import { createQuestionIndex, type QuestionIndex, type SearchHit } from '../questions/search.ts';
import type { Question } from '../questions/question.schema.ts';
import type { SentenceFeatures } from './sentence-features.ts';
import type { AnalysisContext, RelevanceReport } from './types.ts';

/** Another question must beat this one by this factor before the answer is said to address it instead. */
const CLEARLY_BETTER = 1.6;

export function assessRelevance(
  question: Question,
  text: AnalyzedText,
  features: readonly SentenceFeatures[],
  index: QuestionIndex | undefined,
): RelevanceReport {
  const totalWeight = features.reduce((sum, s) => sum + s.contentWeight, 0);
  const topicShare =
    totalWeight > 0 ? features.reduce((sum, s) => sum + s.topicShare * s.contentWeight, 0) / totalWeight : 0;
  if (!index || !index.has(question.id))
    return { topicShare: round2(topicShare), seemsToAnswer: null, rankRatio: null };
  const [best, second] = index.searchAnalyzed(text, { limit: 2 });
  const own = index.searchAnalyzed(text, { limit: 1, filter: { ids: [question.id] } })[0];
  if (!best) return { topicShare: round2(topicShare), seemsToAnswer: null, rankRatio: null };
  const ownScore = own?.score ?? 0;
  const rankRatio = best.id === question.id ? 1 : ownScore / best.score;
  const seemsToAnswer =
    best.id !== question.id && rankRatio <= 1 / CLEARLY_BETTER && isConfidentMatch(best, second)
      ? { id: best.id, prompt: best.question.prompt }
      : null;
  return { topicShare: round2(topicShare), seemsToAnswer, rankRatio: round2(rankRatio) };
}

/**
 * Whether the best question is a real match for the answer rather than the least bad one: it covers a good
 * share of the answer's words and stands out from the runner-up. General talk matches everything a little.
 */
function isConfidentMatch(best: SearchHit, second: SearchHit | undefined): boolean {
  return best.coverage >= 0.35 && (second?.score ?? 0) <= 0.85 * best.score;
}

const builtIndexes = new WeakMap<readonly Question[], QuestionIndex>();

/** The index to compare against: the one passed in, or one built (once per array) from the other questions. */
export function indexFromContext(question: Question, context: AnalysisContext | undefined): QuestionIndex | undefined {
  if (context?.index) return context.index;
  const others = context?.questions;
  if (!others || others.length === 0) return undefined;
  // A question outside the bank (a user's own) is weighed against the bank's index as it is: rebuilding an index
  // around it would cost a second per answer, and its rank among bank questions would mean little.
  let index = builtIndexes.get(others);
  if (!index) {
    index = createQuestionIndex(others);
    builtIndexes.set(others, index);
  }
  return index;
}

/**
 * Weight of a word by its rarity in the bank. A word no question uses is usually plain English the bank's
 * formal texts happen not to use ("probably", "GitHub"), so it gets a middling weight. Without a bank, all 1.
 */
export function rarityWeight(index: QuestionIndex | undefined): (key: string) => number {
  if (!index) return () => 1;
  return (key) => index.idf(key) || UNSEEN_WORD_WEIGHT;
}

const UNSEEN_WORD_WEIGHT = 1.5;

/**
 * Whether a word is common across the bank: its rarity is under 45% of the rarest possible (about one question
 * in six uses it, in a bank of 300). Relative, so a small bank does not make every word common; without a bank
 * of at least twenty questions, no word is.
 */
const COMMON_SHARE_OF_RAREST = 0.45;
const MIN_QUESTIONS_FOR_COMMON_WORDS = 20;

export function commonWords(index: QuestionIndex | undefined): (key: string) => boolean {
  // A handful of questions (a test bank, a team's first kit) says nothing about which words are common.
  if (!index || index.size < MIN_QUESTIONS_FOR_COMMON_WORDS) return () => false;
  const rarest = Math.log(1 + (index.size - 0.5) / 1.5);
  return (key) => {
    const idf = index.idf(key);
    return idf > 0 && idf < rarest * COMMON_SHARE_OF_RAREST;
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
