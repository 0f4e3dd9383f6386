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
 * How people say they do not know: "no idea", "I'd google it", "never worked with that", "I'd ask a senior".
 * Read off the raw text, since these are fixed expressions whose small words carry the meaning.
 */
const NOT_KNOWING = new RegExp(
  [
    String.raw`\bi (?:do not|don'?t|dont) (?:really |actually )?(?:know|remember|recall)\b`,
    String.raw`\b(?:no|not much of an?) (?:idea|clue)\b`,
    String.raw`\bnot (?:really )?familiar\b`,
    String.raw`\b(?:google|googling|googled|stack ?overflow|chat ?gpt)\b`,
    String.raw`\blook (?:it|that|this) up\b`,
    String.raw`\b(?:never|haven'?t|have not|hadn'?t) (?:really |actually )?(?:used|worked|dealt|touched|done|had to|come across|needed)\b`,
    String.raw`\bask (?:a|my|the|some|someone|somebody)\b[^.!?]{0,30}\b(?:senior|lead|colleague|team|someone|somebody|expert)\b`,
    String.raw`\bcan'?t (?:really )?(?:remember|recall|say)\b`,
    String.raw`\b(?:figure it out|wing it|play it by ear) (?:when|as|if)\b`,
  ].join('|'),
  'i',
);

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
    admitsNotKnowing: NOT_KNOWING.test(index.text.text),
    overclaims: sweeping.map((i) => index.text.sentences[i]?.text ?? ''),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
