// Sums the per-sentence measurements into the answer's substance: does it explain, or only name things and fill
// time? A buzzword list has many terms, few verbs and few clauses; a padded answer has many sentences that make
// no point and stay off the question's vocabulary.
import type { TextIndex } from '../language/phrase-match.ts';
import type { KeyPointCoverage } from './key-points.ts';
import type { SentenceFeatures } from './sentence-features.ts';
import type { SubstanceReport } from './types.ts';

/** A sentence using less of the question's vocabulary than this, and making no point, says little. */
const EMPTY_TOPIC_SHARE = 0.35;

/**
 * How people say they do not know, or hand the question to someone else: "no idea", "I'd google it", "never
 * worked with that", "I'd ask a senior", "not really my area", "I'd go with whatever the team decides". Read off
 * the raw text, since these are fixed expressions whose small words carry the meaning.
 */
const NOT_KNOWING = new RegExp(
  [
    String.raw`\bi (?:do not|don'?t|dont) (?:really |actually |honestly )?(?:know|remember|recall)\b`,
    String.raw`\b(?:no|not much of an?) (?:idea|clue)\b`,
    String.raw`\bnot (?:really |that |too |very )?(?:familiar|sure|certain)\b`,
    String.raw`\b(?:google|googling|googled|stack ?overflow|chat ?gpt)\b`,
    String.raw`\b(?:look|read) (?:it|that|this) up\b|\bread up on\b`,
    String.raw`\b(?:never|haven'?t|have not|hadn'?t) (?:really |actually )?(?:used|worked|dealt|touched|done|had to|come across|needed|looked into|thought about|designed)\b`,
    String.raw`\bask (?:a|my|the|some|someone|somebody|whoever)\b[^.!?]{0,30}\b(?:senior|lead|colleague|team|someone|somebody|expert|wrote|proposed|knows)\b`,
    String.raw`\b(?:can'?t|cannot|couldn'?t) (?:really |honestly )?(?:remember|recall|say|tell you|think of)\b`,
    String.raw`\b(?:wouldn'?t|would not|don'?t|do not) (?:really |even )?know (?:where|how|what|which)\b`,
    String.raw`\b(?:figure it out|wing it|play it by ear) (?:when|as|if)\b`,
    String.raw`\b(?:isn'?t|is not|not) (?:really )?my (?:area|field|strong suit|thing|department)\b`,
    String.raw`\bno (?:strong |real )?(?:opinion|preference) either way\b|\bdon'?t have (?:a |any |much of a )?(?:strong |real )?(?:opinion|view)\b`,
    String.raw`\b(?:leave|left) (?:it|that|this) (?:to|up to) (?:them|whoever|whatever|the (?:team|framework|lead|tech lead|default|experts?))\b`,
    String.raw`\b(?:go|went|stick) with whatever\b|\bwhatever (?:the )?(?:team|framework|default|existing \w+|others?) (?:decides?|does|do|says?|handles?|behaviou?r)\b`,
    String.raw`\b(?:check|ask) (?:with )?(?:the )?(?:docs|documentation|security team|ops team|qa people)\b`,
    String.raw`\bhope (?:it|that|for the best)\b`,
  ].join('|'),
  'i',
);

/**
 * Words meant for whoever or whatever scores the answer, not for the interviewer's question: instructions to
 * ignore the rubric, requests for a score. A candidate answering never says them.
 */
const ADDRESSES_GRADER = new RegExp(
  [
    String.raw`\b(?:ignore|disregard|forget) (?:all |any |the |your )*(?:previous |prior |above |earlier |system )?(?:instructions|prompts?|rules|rubric)\b`,
    String.raw`\b(?:rate|score|grade|mark) (?:this|my) (?:answer|response|reply)\b`,
    String.raw`\b(?:give|award|assign) (?:this|my|the|me|it) (?:answer |response )?(?:a )?(?:full marks|top marks|(?:a )?perfect score|100(?:%| percent| out of 100|\/100)?|10(?:\/| out of )10)\b`,
    String.raw`\b(?:you are|act as) (?:now )?(?:an? )?(?:grader|evaluator|language model|ai|assistant)\b|\bsystem prompt\b`,
  ].join('|'),
  'i',
);

/** Share of the sentences above which an answer that makes almost no point is an admission of not knowing. */
const NOT_KNOWING_SHARE = 0.3;

export function summariseSubstance(
  index: TextIndex,
  features: readonly SentenceFeatures[],
  keyPoints: readonly KeyPointCoverage[],
  targetWords: number,
  sweeping: readonly number[],
): SubstanceReport {
  const words = sum(features.map((s) => s.words));
  // A recited string of terms counts as list words whole, whatever the tagger made of its words.
  const listWords = sum(features.map((s) => (s.listLike ? s.words : s.listTokens.size)));
  const clauses = sum(features.map((s) => s.clauses));
  const verbs = sum(features.map((s) => s.verbs));
  const evidenced = new Set(keyPoints.flatMap((p) => p.sentences));
  const empty = features.filter((s) => !evidenced.has(s.index) && s.topicShare < EMPTY_TOPIC_SHARE);
  const emptyWords = sum(empty.map((s) => s.words));
  const listShare = words ? listWords / words : 0;
  const verbsPerClause = clauses ? verbs / clauses : 0;
  return {
    wordCount: words,
    sentenceCount: features.length,
    listShare: round2(listShare),
    verbsPerClause: round2(verbsPerClause),
    fillerShare: round2(words ? sum(features.map((s) => s.fillerWords)) / words : 0),
    emptySentenceShare: round2(words ? emptyWords / words : 0),
    lengthRatio: round2(targetWords ? words / targetWords : 1),
    buzzwordList:
      words >= 8 && (listShare >= 0.4 || (verbsPerClause < 0.35 && sum(features.map((s) => s.listItems)) >= 4)),
    admitsNotKnowing: admitsNotKnowing(index),
    addressesGrader: ADDRESSES_GRADER.test(index.text.text),
    overclaims: sweeping.map((i) => index.text.sentences[i]?.text ?? ''),
  };
}

/** A sentence explains when it says something (a verb, six words or more) in the question's vocabulary. */
const EXPLAINING_MIN_WORDS = 6;

/**
 * Sentences that explain something on the question's topic: neither a list, a bare rating of a term, nor a
 * sentence holding a misconception. A plain-spoken expert writes many of them; a terse partial answer a few.
 */
export function countExplainingSentences(
  features: readonly SentenceFeatures[],
  wrongSentences: ReadonlySet<number>,
): number {
  return features.filter(
    (s) =>
      !wrongSentences.has(s.index) &&
      s.verbs >= 1 &&
      !s.listLike &&
      !s.ratesOnly &&
      s.words >= EXPLAINING_MIN_WORDS &&
      s.topicShare >= EMPTY_TOPIC_SHARE,
  ).length;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Said once in a short answer, or in a good share of a long one's sentences: a hedge in a long explanation is not it. */
function admitsNotKnowing(index: TextIndex): boolean {
  const sentences = index.text.sentences;
  const admitting = sentences.filter((s) => NOT_KNOWING.test(s.text)).length;
  return admitting > 0 && admitting / Math.max(1, sentences.length) >= NOT_KNOWING_SHARE;
}
