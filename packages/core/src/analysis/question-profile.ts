// What the analysis needs to know about a question, prepared once per question object and cached: compiled
// evidence phrases per key point, the vocabulary each key point is made of (its label, phrases and the model
// answer's sentences that make it), and the vocabulary of the whole question.
import { analyzeText } from '../language/read-text.ts';
import { compilePhrase, findPhrase, indexText, type CompiledPhrase } from '../language/phrase-match.ts';
import { isContentToken } from '../language/terms.ts';
import { synonymKey } from '../language/synonyms.ts';
import {
  assertionSequences,
  conditionMask,
  sentenceSequences,
  sentencePartSequences,
  type ClaimOrderProfile,
  type KeySequence,
} from './claim-order.ts';
import { contrastsOf, sideOf, type Contrast } from './contrasts.ts';
import type { AnalyzedText } from '../language/types.ts';
import type { KeyPoint, Misconception, Question } from '../questions/question.schema.ts';

export interface KeyPointProfile {
  readonly point: KeyPoint;
  readonly phrases: readonly CompiledPhrase[];
  /** Content keys of the label, the evidence phrases and the model-answer sentences that make this point. */
  readonly vocabulary: ReadonlySet<string>;
  /** In a comparison question, the side each evidence phrase is about ("optimistic" for a version check). */
  readonly sides: ReadonlyMap<CompiledPhrase, Contrast>;
}

export interface MisconceptionProfile {
  readonly misconception: Misconception;
  readonly signals: readonly CompiledPhrase[];
  /**
   * Words of the claim and its signals that nothing right about the question uses (neither the prompt, the model
   * answer nor any key point): a sentence that uses several of them states the wrong belief in other words.
   */
  readonly claimKeys: ReadonlySet<string>;
  /** Claim words the claim itself negates ("async code can't deadlock"): an answer states it only by negating them too. */
  readonly negatedClaimKeys: ReadonlySet<string>;
  /** The claim and the right statements it is told apart from, as word sequences (see claim-order.ts). */
  readonly claimOrder: ClaimOrderProfile;
}

export interface QuestionProfile {
  readonly question: Question;
  readonly keyPoints: readonly KeyPointProfile[];
  readonly misconceptions: readonly MisconceptionProfile[];
  /** Every content key the question's own texts use (prompt, aliases, tags, key points, model answer…). */
  readonly vocabulary: ReadonlySet<string>;
  /** Content keys of the prompt and aliases: the topic's name, which any answer repeats. */
  readonly promptKeys: ReadonlySet<string>;
  /** Content keys of the prompt and tags alone: a phrase made only of these just names the topic. */
  readonly topicNameKeys: ReadonlySet<string>;
  /** The same keys by synonym group, as claim-order sequences compare them. */
  readonly topicSequenceKeys: ReadonlySet<string>;
  /** Target length of a spoken answer in words (about 140 words a minute). */
  readonly targetWords: number;
}

const byObject = new WeakMap<Question, QuestionProfile>();
/** Callers may load the same question afresh for every request, so profiles are also kept by content. */
const byContent = new Map<string, QuestionProfile>();
const MAX_CACHED = 1000;

export function profileOf(question: Question): QuestionProfile {
  const known = byObject.get(question);
  if (known) return known;
  const signature = JSON.stringify(question);
  let profile = byContent.get(signature);
  if (!profile) {
    profile = buildProfile(question);
    if (byContent.size >= MAX_CACHED) byContent.clear();
    byContent.set(signature, profile);
  }
  byObject.set(question, profile);
  return profile;
}

function buildProfile(question: Question): QuestionProfile {
  const modelAnswer = analyzeText(question.modelAnswer);
  const contrasts = contrastsOf(analyzeText(question.prompt));
  const keyPoints = question.keyPoints.map((point) => profileKeyPoint(point, modelAnswer, contrasts));
  const promptKeys = contentKeys(analyzeText([question.prompt, ...question.aliases].join('\n')));
  const ownTexts = [
    question.prompt,
    ...question.aliases,
    ...question.tags,
    ...question.greatAnswerAdds,
    ...question.misconceptions.map((m) => m.correction),
  ];
  const vocabulary = new Set([...contentKeys(analyzeText(ownTexts.join('.\n'))), ...contentKeys(modelAnswer)]);
  for (const point of keyPoints) for (const key of point.vocabulary) vocabulary.add(key);
  const rightKeys = new Set([...contentKeys(modelAnswer), ...promptKeys]);
  for (const point of keyPoints) for (const key of point.vocabulary) rightKeys.add(key);
  const rightSequences = [
    ...sentencePartSequences(modelAnswer).flat(),
    ...question.keyPoints.flatMap((point) => sentencePartSequences(analyzeText(point.label)).flat()),
  ];
  const topicNameKeys = contentKeys(analyzeText([question.prompt, ...question.tags].join('.\n')));
  return {
    question,
    keyPoints,
    misconceptions: question.misconceptions.map((misconception) => ({
      misconception,
      signals: misconception.signals.map((signal) => compilePhrase(signal, { strict: true })),
      claimKeys: distinctiveKeys(misconception, rightKeys),
      negatedClaimKeys: new Set(
        analyzeText(misconception.claim)
          .tokens.filter((t) => t.isNegated)
          .map((t) => t.key),
      ),
      claimOrder: claimOrderOf(misconception, rightSequences),
    })),
    vocabulary,
    promptKeys,
    topicNameKeys,
    topicSequenceKeys: new Set([...topicNameKeys].map(synonymKey)),
    targetWords: Math.round((question.targetSeconds * 140) / 60),
  };
}

function profileKeyPoint(
  point: KeyPoint,
  modelAnswer: AnalyzedText,
  contrasts: ReadonlyArray<readonly [string, string]>,
): KeyPointProfile {
  const phrases = point.evidence.map((text) => compilePhrase(text));
  const vocabulary = contentKeys(analyzeText([point.label, ...point.evidence].join('.\n')));
  const modelIndex = indexText(modelAnswer);
  const sentencesOf = (phrase: CompiledPhrase) =>
    findPhrase(phrase, modelIndex)
      .filter((m) => !m.contradicted)
      .map((m) => m.sentence);
  const sentences = new Set(phrases.flatMap(sentencesOf));
  for (const token of modelAnswer.tokens)
    if (sentences.has(token.sentence) && isContentToken(token)) vocabulary.add(token.key);
  const sides = new Map<CompiledPhrase, Contrast>();
  if (contrasts.length)
    for (const phrase of phrases) {
      const side = sideOf(contrasts, modelAnswer, new Set(sentencesOf(phrase)));
      if (side) sides.set(phrase, side);
    }
  return { point, phrases, vocabulary, sides };
}

/**
 * Words of the wrong belief that a right answer doesn't use: the claim's own, and those that recur across its
 * signals; a word one signal happens to use ("yaml" in "put the api key in the yaml") is not its core.
 */
function distinctiveKeys(misconception: Misconception, rightKeys: ReadonlySet<string>): Set<string> {
  // A condition of the claim ("even when the caller needs an answer now") is not what makes it wrong.
  const wordings = [misconception.claim, ...misconception.signals].map((text) => assertedKeys(analyzeText(text)));
  const uses = new Map<string, number>();
  for (const keys of wordings) for (const key of keys) uses.set(key, (uses.get(key) ?? 0) + 1);
  const claimed = wordings[0] ?? new Set<string>();
  return new Set(
    [...uses].filter(([key, count]) => (claimed.has(key) || count >= 2) && !rightKeys.has(key)).map(([key]) => key),
  );
}

function claimOrderOf(misconception: Misconception, rightSequences: readonly KeySequence[]): ClaimOrderProfile {
  const clauses = misconception.claim.split(';').map((clause) => analyzeText(clause));
  const claims = clauses.flatMap((clause) => sentenceSequences(clause));
  const assertions = clauses.flatMap(assertionSequences);
  return {
    claims,
    assertions,
    rights: [...rightSequences, ...sentencePartSequences(analyzeText(misconception.correction)).flat()],
  };
}

function assertedKeys(text: AnalyzedText): Set<string> {
  const inCondition = conditionMask(text);
  return new Set(text.tokens.filter((t, i) => isContentToken(t) && !inCondition[i]).map((t) => t.key));
}

function contentKeys(text: AnalyzedText): Set<string> {
  return new Set(text.tokens.filter(isContentToken).map((t) => t.key));
}
