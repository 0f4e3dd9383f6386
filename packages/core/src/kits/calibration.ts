// Calibration: several interviewers score one candidate independently; this shows, per question, where their
// ratings agree and where they spread, and their recommendations side by side. Comparison puts the candidates of
// one kit next to each other.
import type { KitQuestion, KitRating } from './kit.ts';
import type { HiringRecommendation, Scorecard } from './scorecard.ts';

/** agree: all the same; close: one step apart; split: two or more apart; unrated: fewer than one rating. */
export type Agreement = 'agree' | 'close' | 'split' | 'unrated';

export interface QuestionCalibration {
  questionKey: string;
  prompt: string;
  ratings: { interviewer: string; rating: KitRating | null }[];
  min: number | null;
  max: number | null;
  mean: number | null;
  spread: number | null;
  agreement: Agreement;
  /** Per key point, how many interviewers heard it. */
  keyPointsHeard: { id: string; label: string; heardBy: number }[];
}

export interface Calibration {
  candidate: string;
  interviewers: number;
  questions: QuestionCalibration[];
  recommendations: { interviewer: string; recommendation: HiringRecommendation | null }[];
  /** Whether the recommendations all fall on the same side (yes or no). */
  recommendationAgreement: 'unanimous' | 'same-side' | 'split' | 'pending';
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const side = (r: HiringRecommendation) => (r === 'yes' || r === 'strong-yes' ? 'yes' : 'no');

function agreementOf(spread: number | null): Agreement {
  if (spread === null) return 'unrated';
  return spread === 0 ? 'agree' : spread === 1 ? 'close' : 'split';
}

export function calibrate(questions: readonly KitQuestion[], candidate: string, cards: readonly Scorecard[]) {
  const mine = cards.filter((c) => c.candidate === candidate);
  const perQuestion = questions.map((question): QuestionCalibration => {
    const ratings = mine.map((card) => ({
      interviewer: card.interviewer,
      rating: card.entries.find((e) => e.questionKey === question.key)?.rating ?? null,
    }));
    const given = ratings.flatMap((r) => (r.rating === null ? [] : [r.rating]));
    const min = given.length ? Math.min(...given) : null;
    const max = given.length ? Math.max(...given) : null;
    const spread = min === null || max === null ? null : max - min;
    return {
      questionKey: question.key,
      prompt: question.prompt,
      ratings,
      min,
      max,
      mean: given.length ? round1(given.reduce((a, b) => a + b, 0) / given.length) : null,
      spread,
      agreement: agreementOf(spread),
      keyPointsHeard: question.keyPoints.map((p) => ({
        id: p.id,
        label: p.label,
        heardBy: mine.filter((c) =>
          c.entries.some((e) => e.questionKey === question.key && e.keyPointsHeard.includes(p.id)),
        ).length,
      })),
    };
  });
  const recommendations = mine.map((c) => ({ interviewer: c.interviewer, recommendation: c.recommendation }));
  const given = recommendations.flatMap((r) => (r.recommendation ? [r.recommendation] : []));
  const recommendationAgreement =
    given.length === 0
      ? 'pending'
      : new Set(given).size === 1
        ? 'unanimous'
        : new Set(given.map(side)).size === 1
          ? 'same-side'
          : 'split';
  return {
    candidate,
    interviewers: mine.length,
    questions: perQuestion,
    recommendations,
    recommendationAgreement,
  } satisfies Calibration;
}

export interface CandidateComparison {
  candidate: string;
  scorecards: number;
  /** Mean rating per question, in the kit's order (null: not rated). */
  questionMeans: (number | null)[];
  overallMean: number | null;
  recommendations: Record<HiringRecommendation, number>;
}

/** Every candidate scored on the kit, side by side, best mean first. */
export function compareCandidates(
  questions: readonly KitQuestion[],
  cards: readonly Scorecard[],
): CandidateComparison[] {
  const candidates = [...new Set(cards.map((c) => c.candidate))];
  return candidates
    .map((candidate) => {
      const calibration = calibrate(questions, candidate, cards);
      const means = calibration.questions.map((q) => q.mean);
      const rated = means.flatMap((m) => (m === null ? [] : [m]));
      const recommendations = { 'strong-no': 0, no: 0, yes: 0, 'strong-yes': 0 };
      for (const r of calibration.recommendations) if (r.recommendation) recommendations[r.recommendation]++;
      return {
        candidate,
        scorecards: calibration.interviewers,
        questionMeans: means,
        overallMean: rated.length ? round1(rated.reduce((a, b) => a + b, 0) / rated.length) : null,
        recommendations,
      };
    })
    .sort((a, b) => (b.overallMean ?? 0) - (a.overallMean ?? 0) || a.candidate.localeCompare(b.candidate));
}
