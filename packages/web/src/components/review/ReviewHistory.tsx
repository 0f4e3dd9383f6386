import type { UseQueryResult } from '@tanstack/react-query';
import { verdictLabel, type ReviewResult } from '../../reviews/review-diff.ts';
import { ProblemMessage } from '../ProblemMessage.tsx';

/** The candidate's past reviews of an exercise, newest first, each with its verdict, score and feedback to show. */
export function ReviewHistory({
  reviews,
  currentId,
  onShow,
}: {
  reviews: UseQueryResult<{ items: ReviewResult[] }>;
  /** The review whose feedback is shown. */
  currentId: string | null;
  onShow: (review: ReviewResult) => void;
}) {
  return (
    <section className="card review-history" aria-labelledby="history-title">
      <h2 id="history-title">Your reviews</h2>
      <ProblemMessage error={reviews.error} />
      {reviews.data?.items.length === 0 && <p className="hint">None yet.</p>}
      <ol className="review-history-list">
        {reviews.data?.items.map((item) => {
          const when = new Date(item.createdAt).toLocaleString();
          return (
            <li key={item.id} className={item.id === currentId ? 'current' : undefined}>
              <span>
                <time dateTime={item.createdAt}>{when}</time> · {verdictLabel(item.submission.verdict)} ·{' '}
                <strong>overall {item.result.scores.overall}</strong>
              </span>
              {item.id !== currentId && (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Show the feedback of your review of ${when}`}
                  onClick={() => onShow(item)}
                >
                  Show feedback
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
