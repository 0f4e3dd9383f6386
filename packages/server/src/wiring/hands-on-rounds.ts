// The coding and code-review rounds as a full loop's interview sees them (its HandsOnPort): what can be planned,
// and the best result of each. Wiring only: neither side imports the other.
import type { CodingService } from '../modules/coding/coding.service.ts';
import type { HandsOnPort } from '../modules/interviews/interview-view.ts';
import type { ReviewService } from '../modules/reviews/reviews.service.ts';

export function handsOnRounds(
  coding: Pick<CodingService, 'list' | 'bestForInterview'>,
  reviews: Pick<ReviewService, 'list' | 'bestForInterview'>,
): HandsOnPort {
  return {
    catalog: () => ({ problems: coding.list({}), exercises: reviews.list({}) }),
    results: async (interviewId, userId) => {
      const [code, review] = await Promise.all([
        coding.bestForInterview(interviewId, userId),
        reviews.bestForInterview(interviewId, userId),
      ]);
      return [
        ...(code?.overall != null
          ? [{ kind: 'coding' as const, id: code.problemId, resultId: code.id, overall: code.overall }]
          : []),
        ...(review
          ? [{ kind: 'review' as const, id: review.exerciseId, resultId: review.id, overall: review.overall }]
          : []),
      ];
    },
  };
}
