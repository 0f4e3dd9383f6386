// Analyses one typed (or transcribed) answer to a bank question: key points made with quoted evidence,
// misconceptions, depth, structure, substance and relevance, then scores, strengths and improvements.
// Deterministic and pure: the same question and text always give the same analysis.
import { indexPlainText } from '../language/plain-word-aliases.ts';
import { analyzeText } from '../language/read-text.ts';
import type { AnalyzedText } from '../language/types.ts';
import type { Question } from '../questions/question.schema.ts';
import { markClaims } from './claims.ts';
import { assessDepth } from './depth.ts';
import { improvements, strengths } from './feedback.ts';
import { assessKeyPoints } from './key-points.ts';
import { findMisconceptions, type MisconceptionHit } from './misconceptions.ts';
import { profileOf } from './question-profile.ts';
import { assessRelevance, commonWords, indexFromContext, rarityWeight } from './relevance.ts';
import { score } from './scoring.ts';
import { sentenceFeatures } from './sentence-features.ts';
import { findStoryRedFlags } from './story-red-flags.ts';
import { creditStoryPoints, isStory, readStory } from './story.ts';
import { assessStructure, structureKind } from './structure.ts';
import { countExplainingSentences, summariseSubstance } from './substance.ts';
import { sweepingSentences } from './sweeping.ts';
import type { AnalysisContext, AnswerAnalysis } from './types.ts';

export function analyzeAnswer(question: Question, answerText: string, context?: AnalysisContext): AnswerAnalysis {
  const profile = profileOf(question);
  const bank = indexFromContext(question, context);
  const weight = rarityWeight(bank);
  const text = analyzeText(answerText.trim());
  const index = indexPlainText(text);
  const features = sentenceFeatures(index, profile.vocabulary, weight);
  const marks = markClaims(text);
  const kind = structureKind(question);
  const misconceptionHits = withStoryRedFlags(findMisconceptions(profile, index, marks, weight), kind, text);
  const wrongSentences = new Set(misconceptionHits.map((m) => m.sentenceIndex));
  const story = readStory(index);
  // Sweeping claims are a technical answer's tell; in a story "the old job was fine" or "it never happened again"
  // is how people talk (tuning-d 0.925 → 0.929, tuning-b 0.952 → 0.953). A story's own red flags are read below.
  const sweeping = kind === 'star' ? [] : sweepingSentences(text, marks);
  const ownPoints = assessKeyPoints(profile, index, features, weight, {
    marks,
    wrongSentences,
    sweepingSentences: new Set(sweeping),
    isCommonWord: commonWords(bank),
  });
  const relevance = assessRelevance(question, text, features, bank);
  // A story's parts count for this question as far as the story is about it: a neighbour's complete story tells a
  // situation and a result too (tuning-b to tuning-e each one pair better).
  const storyFit = Math.min(1, (relevance.rankRatio ?? 1) / STORY_FIT_RANK);
  const keyPoints =
    kind === 'star' ? creditStoryPoints(ownPoints, story, (i) => text.sentences[i]?.text ?? null, storyFit) : ownPoints;
  const misconceptions = misconceptionHits.map(({ sentenceIndex: _sentence, ...found }) => found);
  const depth = assessDepth(index, features, promptNumbers(question));
  const structure = assessStructure(question, index, features, keyPoints, depth, story);
  const substance = summariseSubstance(index, features, keyPoints, profile.targetWords, sweeping);
  const scoring = score({
    keyPoints,
    misconceptions,
    depth,
    structureShare: structure.share,
    structureKind: structure.report.kind,
    toldStory: kind === 'star' && isStory(story),
    transcribed: context?.delivery !== undefined || !/[A-Z]/.test(answerText),
    substance,
    relevance,
    explainingSentences: countExplainingSentences(features, wrongSentences),
    delivery: context?.delivery,
  });
  const feedback = {
    verdict: scoring.verdict,
    keyPoints,
    misconceptions,
    depth,
    structure: structure.report,
    substance,
    relevance,
  };
  return {
    questionId: question.id,
    verdict: scoring.verdict,
    scores: scoring.scores,
    explanations: scoring.explanations,
    keyPoints: keyPoints.map(({ sentences: _sentences, ...point }) => point),
    misconceptions,
    depth,
    structure: structure.report,
    substance,
    relevance,
    strengths: strengths(feedback),
    improvements: improvements(feedback, profile.targetWords),
  };
}

/** How closely this question must fit a story, against the best-fitting question, for its parts to count whole. */
const STORY_FIT_RANK = 0.8;

function promptNumbers(question: Question): Set<string> {
  return new Set(question.prompt.match(/\d+/g) ?? []);
}

/** A story's red flags count as its misconceptions, unless the question's own misconception caught the sentence. */
function withStoryRedFlags(
  hits: readonly MisconceptionHit[],
  kind: ReturnType<typeof structureKind>,
  text: AnalyzedText,
): MisconceptionHit[] {
  if (kind !== 'star') return [...hits];
  const caught = new Set(hits.map((hit) => hit.sentenceIndex));
  return [...hits, ...findStoryRedFlags(text).filter((flag) => !caught.has(flag.sentenceIndex))];
}
