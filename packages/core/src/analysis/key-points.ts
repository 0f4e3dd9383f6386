// Which key points an answer makes, each with the sentence that makes it. A point is made by one of its
// evidence phrases in a sentence that is not negated (hard evidence), or, more weakly, by a sentence that uses
// several of the point's distinctive words, learnt from its label, phrases and the model answer (soft evidence).
// Evidence inside a bare list of terms counts for less than evidence inside an explanation.
import { findPhrase, type PhraseHit, type TextIndex } from '../language/phrase-match.ts';
import { isContentToken } from '../language/terms.ts';
import { isDismissed, isDistanced, type ClaimMarks } from './claims.ts';
import { saidOfOtherSide } from './contrasts.ts';
import type { KeyPointResult } from './types.ts';
import type { KeyPointProfile, QuestionProfile } from './question-profile.ts';
import type { SentenceFeatures } from './sentence-features.ts';

/** A point counts as covered from this strength up. */
export const COVERED = 0.5;
/** A point made only inside a sweeping claim counts this much: not enough on its own to cover it. */
const SWEEPING_EVIDENCE = 0.6;
/** Soft evidence alone never reaches a full point. */
const SOFT_CEILING = 0.6;

export interface KeyPointCoverage extends KeyPointResult {
  /** Sentence indexes that carry hard or soft evidence of this point. */
  readonly sentences: readonly number[];
}

/** What the answer asserts beyond its words: sentences holding a misconception, clauses dismissing a measure. */
export interface ClaimContext {
  readonly marks: ClaimMarks;
  /** Sentences that assert a known misconception: what they say is no evidence of a point. */
  readonly wrongSentences: ReadonlySet<number>;
  /** Sentences that make a sweeping claim: what they say is weaker evidence, as it comes without its conditions. */
  readonly sweepingSentences?: ReadonlySet<number>;
  /** Words most questions of the bank use: a phrase that comes down to one of them is weak evidence. */
  readonly isCommonWord?: (key: string) => boolean;
}

export function assessKeyPoints(
  profile: QuestionProfile,
  index: TextIndex,
  features: readonly SentenceFeatures[],
  idf: (key: string) => number,
  claims: ClaimContext,
): KeyPointCoverage[] {
  const shared = keysSharedByPoints(profile);
  return profile.keyPoints.map((point) => assessPoint(point, profile, index, features, idf, shared, claims));
}

function assessPoint(
  point: KeyPointProfile,
  profile: QuestionProfile,
  index: TextIndex,
  features: readonly SentenceFeatures[],
  idf: (key: string) => number,
  shared: ReadonlySet<string>,
  claims: ClaimContext,
): KeyPointCoverage {
  const tokens = index.text.tokens;
  // A phrase in a clause that calls it overkill or optional is said against the point, like a negated one.
  const matches = point.phrases
    .flatMap((phrase) => findPhrase(phrase, index))
    .filter((m) => !claims.wrongSentences.has(m.sentence))
    .map((m) =>
      !m.contradicted && !m.phrase.isNegation && isDismissed(claims.marks, tokens, m.tokens)
        ? { ...m, contradicted: true, dismissed: true }
        : m,
    );
  // Said of the other side of the question's contrast, the point's facts are reversed: a swapped definition.
  const swapped = matches.filter((m) => {
    const side = point.sides.get(m.phrase);
    return (
      side !== undefined &&
      !m.contradicted &&
      !isDistanced(claims.marks, tokens, m.tokens) &&
      saidOfOtherSide(index.text, m.tokens[0] ?? 0, side)
    );
  });
  // A sentence that dismisses the point ("versioning isn't needed if you keep a changelog") says nothing for it
  // elsewhere in the sentence either, and a point named in a clause that calls it unneeded is denied.
  const inDismissedClause = (m: PhraseHit) =>
    m.tokens.some((t) => claims.marks.dismissedClauses.has(tokens[t]?.clause ?? -1));
  const dismissals = matches.filter(
    (m) => 'dismissed' in m || (m.contradicted && !m.phrase.isNegation && inDismissedClause(m)),
  );
  const dismissing = new Set(dismissals.map((m) => m.sentence));
  const positive = matches
    .filter((m) => !m.contradicted && !swapped.includes(m) && !dismissing.has(m.sentence))
    .map((m) => (claims.sweepingSentences?.has(m.sentence) ? { ...m, strength: m.strength * SWEEPING_EVIDENCE } : m));
  const hard = bestHardEvidence(positive, (match) => matchFactor(match, profile, features, claims.isCommonWord));
  const soft = bestSoftEvidence(point, profile, index, features, idf, shared, claims.wrongSentences);
  const best = hard.strength >= soft.strength ? hard : soft;
  const distinctPhrases = new Set(positive.map((m) => m.phrase.text)).size;
  const strength = Math.min(1, best.strength * (distinctPhrases >= 2 ? 1.15 : 1));
  const denied =
    strength < COVERED &&
    (swapped.some((m) => m.strength === 1) ||
      matches.some(
        (m) =>
          m.contradicted &&
          !m.phrase.isNegation &&
          m.strength === 1 &&
          (dismissals.includes(m) || m.tokens.some((t) => tokens[t]?.isRejected)),
      ));
  const sentences = [...new Set([...positive.map((m) => m.sentence), ...soft.sentences])].sort((a, b) => a - b);
  return {
    id: point.point.id,
    label: point.point.label,
    weight: point.point.weight,
    covered: strength >= COVERED,
    strength: round2(strength),
    evidence: strength >= COVERED ? (index.text.sentences[best.sentence]?.text ?? null) : null,
    denied,
    probe: point.point.probe,
    sentences,
  };
}

interface Evidence {
  readonly strength: number;
  readonly sentence: number;
  readonly sentences: readonly number[];
}

function bestHardEvidence(matches: readonly PhraseHit[], factor: (match: PhraseHit) => number): Evidence {
  let best: Evidence = { strength: 0, sentence: -1, sentences: [] };
  for (const match of matches) {
    const strength = match.strength * factor(match);
    if (strength > best.strength) best = { strength, sentence: match.sentence, sentences: [match.sentence] };
  }
  return best;
}

/**
 * How much a phrase match is worth where it stands: less in a list or a sentence without a verb, and less when
 * the phrase only repeats the question's own name for the topic ("idempotency key" for an idempotency-key
 * question).
 */
function matchFactor(
  match: PhraseHit,
  profile: QuestionProfile,
  features: readonly SentenceFeatures[],
  isCommonWord: ((key: string) => boolean) | undefined,
): number {
  const sentence = features[match.sentence];
  const inList = match.tokens.some((t) => sentence?.listTokens.has(t) ?? false);
  const keys = match.phrase.contentKeys.length ? match.phrase.contentKeys : match.phrase.keys;
  const echo = keys.every((key) => profile.topicNameKeys.has(key)) ? ECHO_FACTOR : 1;
  return explanationFactor(sentence, inList) * echo * commonWordFactor(keys, isCommonWord);
}

/**
 * A phrase that comes down to one word most questions use ("next time", "at the same time", "i built") says
 * little about this point: it counts half. Measured on the tuning sets: tuning 0.960 → 0.965, tuning-b 0.913
 * unchanged, its transcripts 0.880 → 0.884, the development set unchanged.
 */
function commonWordFactor(keys: readonly string[], isCommonWord: ((key: string) => boolean) | undefined): number {
  const [only] = keys;
  return keys.length === 1 && only !== undefined && isCommonWord?.(only) ? 0.5 : 1;
}

/** A phrase that only names the question's topic shows the candidate heard the question, not the point. */
const ECHO_FACTOR = 0.25;

/** A term named inside a list of buzzwords, or in a sentence without a verb, is only weak evidence. */
function explanationFactor(sentence: SentenceFeatures | undefined, inList: boolean): number {
  if (!sentence) return 1;
  if (sentence.listLike) return 0.4;
  // "Key expiry is important." names the point like a list item does; it says nothing about it.
  if (sentence.ratesOnly) return 0.45;
  if (inList && sentence.listItems >= 4) return 0.45;
  if (sentence.verbs === 0) return 0.6;
  return inList ? 0.8 : 1;
}

/**
 * A sentence that uses at least three of the point's distinctive words (not words of the prompt, which every
 * answer repeats, nor words several points share) is soft evidence, weighted by how rare those words are.
 */
function bestSoftEvidence(
  point: KeyPointProfile,
  profile: QuestionProfile,
  index: TextIndex,
  features: readonly SentenceFeatures[],
  idf: (key: string) => number,
  shared: ReadonlySet<string>,
  wrongSentences: ReadonlySet<number>,
): Evidence {
  const perSentence = new Map<number, Set<string>>();
  const note = (sentence: number, key: string): void => {
    if (!point.vocabulary.has(key) || profile.promptKeys.has(key) || shared.has(key)) return;
    let keys = perSentence.get(sentence);
    if (!keys) perSentence.set(sentence, (keys = new Set()));
    keys.add(key);
  };
  const tokens = index.text.tokens;
  for (const token of tokens) {
    if (isContentToken(token) && !token.isNegated && !wrongSentences.has(token.sentence))
      note(token.sentence, token.key);
  }
  for (const alias of index.aliases) {
    const token = tokens[alias.position];
    if (token && !token.isNegated && !wrongSentences.has(token.sentence)) note(token.sentence, alias.key);
  }
  let best: Evidence = { strength: 0, sentence: -1, sentences: [] };
  const sentences: number[] = [];
  for (const [sentence, keys] of perSentence) {
    if (keys.size < 3) continue;
    const rarity = [...keys].reduce((sum, key) => sum + Math.min(1, idf(key) / 3), 0);
    const strength = Math.min(SOFT_CEILING, 0.12 * rarity) * explanationFactor(features[sentence], false);
    sentences.push(sentence);
    if (strength > best.strength) best = { strength, sentence, sentences };
  }
  return { ...best, sentences };
}

/** Words that belong to the vocabulary of more than half of the question's key points say nothing specific. */
function keysSharedByPoints(profile: QuestionProfile): Set<string> {
  const counts = new Map<string, number>();
  for (const point of profile.keyPoints)
    for (const key of point.vocabulary) counts.set(key, (counts.get(key) ?? 0) + 1);
  const limit = Math.max(2, profile.keyPoints.length / 2);
  return new Set([...counts].filter(([, count]) => count > limit).map(([key]) => key));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
