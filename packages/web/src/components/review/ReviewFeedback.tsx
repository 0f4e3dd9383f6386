import { useState, type Ref } from 'react';
import { followUpKey, readStored, writeStored } from '../../reviews/review-draft.ts';
import { asRange, rangeLabel, rangeOf, verdictLabel, type ReviewResult } from '../../reviews/review-diff.ts';
import { SeverityBadge, WhyAndFix } from './ReviewComments.tsx';

const SCORE_NAMES = ['overall', 'recall', 'precision', 'explanation'] as const;
const SCORE_HINTS: Record<(typeof SCORE_NAMES)[number], string> = {
  overall: 'The review as a whole',
  recall: 'The planted issues found, weighted by severity',
  precision: 'The share of your comments that explain a real problem',
  explanation: 'How well your comments explain the issues they found',
};

/** How a submitted review did: scores, each planted issue found or missed, noise, verdict, summary, follow-up. */
export function ReviewFeedback({
  review,
  headingRef,
  onJump,
}: {
  review: ReviewResult;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Shows those lines of that file in the diff. */
  onJump: (file: string, lines: readonly [number, number]) => void;
}) {
  const { result, debrief } = review;
  const issues = new Map(debrief?.issues.map((issue) => [issue.id, issue]));
  const total = result.found.length + result.missed.length;
  const jump = (file: string, lines: readonly [number, number]) => (
    <button type="button" className="link-button jump" onClick={() => onJump(file, lines)}>
      {file}, {rangeLabel(lines)}
    </button>
  );

  return (
    <section className="card review-feedback" aria-labelledby="review-feedback-title">
      <h2 id="review-feedback-title" ref={headingRef} tabIndex={-1}>
        Feedback
      </h2>
      <dl className="scores">
        {SCORE_NAMES.map((name) => (
          <div key={name} className={`score ${name}`} title={SCORE_HINTS[name]}>
            <dt>{name}</dt>
            <dd data-testid={`review-score-${name}`}>{result.scores[name]}</dd>
          </div>
        ))}
      </dl>
      <p className={result.verdict.fits ? 'verdict good' : 'verdict bad'} data-testid="review-verdict">
        {result.verdict.fits
          ? `Your verdict, ${verdictLabel(result.verdict.given)}, fits what this change needs.`
          : `You chose ${verdictLabel(result.verdict.given)}; this change needs ${verdictLabel(result.verdict.expected)}.`}
      </p>
      <p className={result.summaryPrioritises ? 'verdict good' : 'verdict bad'}>
        {result.summaryPrioritises
          ? 'Your summary puts the most severe problem first.'
          : 'Your summary does not lead with the most severe problem: open with it, and why it blocks the merge.'}
      </p>

      <h3>
        Issues found: {result.found.length} of {total}
      </h3>
      {result.found.length === 0 && <p className="hint">None of the planted issues.</p>}
      <ul className="issue-list found" aria-label="Issues found">
        {result.found.map((found) => {
          const issue = issues.get(found.issueId);
          const lines = rangeOf(found.comment.line, found.comment.endLine);
          return (
            <li key={found.issueId}>
              <div className="issue-head">
                <SeverityBadge severity={found.severity} />
                <strong>{issue?.title ?? found.issueId}</strong>
                <span className="explanation-score">explanation {found.explanation}/100</span>
              </div>
              <blockquote className="comment-body">{found.comment.body}</blockquote>
              <p className="hint">
                Your comment on {jump(found.comment.file, lines)}
                {found.evidence.length > 0 && <> · it says: {found.evidence.join(', ')}</>}
              </p>
            </li>
          );
        })}
      </ul>

      {result.missed.length > 0 && (
        <>
          <h3>Missed: {result.missed.length}</h3>
          <ul className="issue-list missed" aria-label="Issues missed">
            {result.missed.map((missed) => {
              const issue = issues.get(missed.issueId);
              return (
                <li key={missed.issueId}>
                  <div className="issue-head">
                    <SeverityBadge severity={missed.severity} />
                    <strong>{issue?.title ?? missed.issueId}</strong>
                  </div>
                  {issue && (
                    <>
                      <p className="hint">{jump(issue.file, asRange(issue.lines))}</p>
                      <WhyAndFix issue={issue} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}

      {result.noiseComments.length > 0 && (
        <>
          <h3>Comments that found no problem: {result.noiseComments.length}</h3>
          <ul className="issue-list noise" aria-label="Comments that found no problem">
            {result.noiseComments.map(({ comment, reason }, index) => (
              <li key={index}>
                <blockquote className="comment-body">{comment.body}</blockquote>
                <p className="hint">
                  {jump(comment.file, rangeOf(comment.line, comment.endLine))} · {reason}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      <div className="strengths-improvements">
        {result.strengths.length > 0 && (
          <div>
            <h3>Strengths</h3>
            <ul>
              {result.strengths.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
        {result.improvements.length > 0 && (
          <div>
            <h3>To improve</h3>
            <ul>
              {result.improvements.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {result.followUp && <FollowUp key={review.id} submissionId={review.id} question={result.followUp} />}
    </section>
  );
}

/** The interviewer's follow-up on the most severe issue missed, and the candidate's answer, kept in this browser. */
function FollowUp({ submissionId, question }: { submissionId: string; question: string }) {
  const [answer, setAnswer] = useState(() => readStored(followUpKey(submissionId)) ?? '');
  return (
    <div className="follow-up">
      <h3>The interviewer asks</h3>
      <label htmlFor="review-follow-up">{question}</label>
      <textarea
        id="review-follow-up"
        rows={4}
        value={answer}
        placeholder="Your answer, as you would say it"
        aria-describedby="review-follow-up-hint"
        onChange={(event) => {
          setAnswer(event.target.value);
          writeStored(followUpKey(submissionId), event.target.value || null);
        }}
      />
      <p id="review-follow-up-hint" className="hint">
        Kept in this browser, with this review.
      </p>
    </div>
  );
}
