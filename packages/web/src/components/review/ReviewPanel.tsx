import { useEffect, useState, type FormEvent } from 'react';
import { reviewClock, type ReviewDraft } from '../../reviews/review-draft.ts';
import { VERDICTS, verdictLabel, type ReviewResult, type Verdict } from '../../reviews/review-diff.ts';
import { ProblemMessage } from '../ProblemMessage.tsx';

/** The time left of the exercise's minutes, then the time over; from the wall clock, so reloads do not reset it. */
export function ReviewTimer({ startedAt, minutes }: { startedAt: number; minutes: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const clock = reviewClock(startedAt, minutes, now);
  return (
    <div className={clock.over ? 'review-timer over' : 'review-timer'} role="timer" aria-label={clock.words}>
      <span className="hint" aria-hidden="true">
        {clock.over ? 'Over time' : 'Time left'}
      </span>{' '}
      <span className="timer" aria-hidden="true">
        {clock.text}
      </span>
    </div>
  );
}

export interface ReviewPanelProps {
  draft: ReviewDraft;
  minutes: number;
  submitting: boolean;
  /** Why the review cannot be submitted yet (no verdict, a comment not saved), after a try. */
  notice: string | null;
  error: unknown;
  onSummary: (summary: string) => void;
  onVerdict: (verdict: Verdict) => void;
  onSubmit: () => void;
}

/** The review in progress: the clock, the overall summary, the verdict and Submit. */
export function ReviewPanel(props: ReviewPanelProps) {
  const { draft } = props;
  const count = draft.comments.length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="card review-panel" aria-labelledby="review-panel-title" onSubmit={submit} noValidate>
      <div className="review-panel-head">
        <h2 id="review-panel-title">Your review</h2>
        <ReviewTimer startedAt={draft.startedAt} minutes={props.minutes} />
      </div>
      <p className="hint" aria-live="polite">
        {count === 0
          ? 'No comments yet: click a line number in the diff to comment on it.'
          : `${count} comment${count === 1 ? '' : 's'} on the diff.`}{' '}
        Kept in this browser until you submit.
      </p>
      <label htmlFor="review-summary">Summary</label>
      <textarea
        id="review-summary"
        rows={5}
        maxLength={5000}
        value={draft.summary}
        placeholder="The most important problem first, and what must change before this can merge."
        onChange={(event) => props.onSummary(event.target.value)}
      />
      <fieldset className="verdicts">
        <legend>Verdict</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict.value} className="check">
            <input
              type="radio"
              name="review-verdict"
              value={verdict.value}
              checked={draft.verdict === verdict.value}
              onChange={() => props.onVerdict(verdict.value)}
            />
            {verdict.label}
          </label>
        ))}
      </fieldset>
      <p className="field-error review-notice" role="status">
        {props.notice}
      </p>
      <button type="submit" className="primary submit-review" disabled={props.submitting}>
        {props.submitting ? 'Submitting…' : 'Submit review'}
      </button>
      <ProblemMessage error={props.error} />
    </form>
  );
}

/** The review shown with its feedback: what was submitted, and the way back to a review in progress. */
export function SubmittedPanel({
  review,
  backLabel,
  onBack,
}: {
  review: ReviewResult;
  backLabel: string;
  onBack: () => void;
}) {
  const { submission } = review;
  return (
    <section className="card review-panel" aria-labelledby="review-panel-title">
      <h2 id="review-panel-title">Submitted review</h2>
      <p className="hint">
        <time dateTime={review.createdAt}>{new Date(review.createdAt).toLocaleString()}</time> ·{' '}
        {submission.comments.length} comment{submission.comments.length === 1 ? '' : 's'}
      </p>
      <p>
        <strong>Verdict:</strong> {verdictLabel(submission.verdict)}
      </p>
      <h3 className="summary-title">Summary</h3>
      {submission.summary ? <p className="comment-body">{submission.summary}</p> : <p className="hint">None.</p>}
      <button type="button" className="primary" onClick={onBack}>
        {backLabel}
      </button>
    </section>
  );
}
