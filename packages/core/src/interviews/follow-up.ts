// A follow-up answer is an answer to one probe, not to the whole question: it is scored on the key point the
// interviewer probed, a point it makes for the first time is marked as made "after a prompt", and what the earlier
// turns of the question already made is never asked again.
import { penaltyPoints } from '../analysis/scoring.ts';
import type { AnswerAnalysis, KeyPointResult } from '../analysis/types.ts';

export interface FollowUpContext {
  /** The key point the follow-up asked about. */
  readonly probedKeyPointId: string;
  /** Key points the question's earlier turns (its main answer and earlier follow-ups) already made. */
  readonly coveredBefore: readonly string[];
}

export interface FollowUpResult {
  readonly keyPointId: string;
  readonly label: string;
  /** The answer made the probed point. */
  readonly made: boolean;
  readonly evidence: string | null;
}

export interface FollowUpAnalysis extends AnswerAnalysis {
  readonly followUp: FollowUpResult;
  readonly keyPoints: ReadonlyArray<KeyPointResult & { readonly afterPrompt?: boolean }>;
}

/** A reply to a probe can be short: a sentence or two that makes the point is a full answer to it. */
const MIN_FOLLOW_UP_WORDS = 6;

export function scoreFollowUp(analysis: AnswerAnalysis, context: FollowUpContext): FollowUpAnalysis {
  const before = new Set(context.coveredBefore);
  const probed = analysis.keyPoints.find((p) => p.id === context.probedKeyPointId);
  const made = probed?.covered ?? false;
  const newlyMade = analysis.keyPoints.filter((p) => p.covered && !before.has(p.id));
  const tooShort = analysis.substance.wordCount < MIN_FOLLOW_UP_WORDS;
  const verdict = tooShort
    ? 'not-enough-to-assess'
    : analysis.verdict === 'off-topic' && !made
      ? 'off-topic'
      : 'assessed';
  const base = made ? 60 + 40 * (probed?.strength ?? 0) : newlyMade.length > 0 ? 35 : 10;
  const content = clamp((verdict === 'assessed' ? base : Math.min(base, 20)) - penaltyPoints(analysis));
  const label = probed?.label ?? context.probedKeyPointId;
  return {
    ...analysis,
    verdict,
    scores: { ...analysis.scores, content, overall: content },
    explanations: {
      ...analysis.explanations,
      overall: `Scored on the point the follow-up asked about ("${label}").`,
      content: made
        ? `You made the probed point "${label}" after the prompt.`
        : `The probed point "${label}" was still not made.`,
    },
    keyPoints: analysis.keyPoints.map((point) =>
      point.covered && !before.has(point.id) ? { ...point, afterPrompt: true } : point,
    ),
    followUp: { keyPointId: context.probedKeyPointId, label, made, evidence: made ? (probed?.evidence ?? null) : null },
    strengths: made ? [`After the prompt, you made the point "${label}".`] : [],
    improvements: made
      ? analysis.improvements.filter((line) => line.startsWith('You said'))
      : [
          `The follow-up asked about "${label}"; ${probed?.probe ? `it wanted: ${probed.probe}` : 'it is still missing.'}`,
        ],
  };
}

/** Key points none of the question's turns has made yet: the only ones a further follow-up may ask about. */
export function stillMissing(analysis: AnswerAnalysis, coveredBefore: readonly string[]): KeyPointResult[] {
  const before = new Set(coveredBefore);
  return analysis.keyPoints.filter((p) => !p.covered && !before.has(p.id));
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}
