import type { Schemas } from '../api.ts';
import { markEvidence, strengthsToShow, topImprovements } from '../feedback-view.ts';

/** The analysis of an answer as the API returns it (PRODUCT.md §3); optional parts render when present. */
export type AnalysisResult = Schemas['AnswerFeedback'];

export interface AnalysisRecord {
  id: string;
  analysis: AnalysisResult;
}

const SCORE_NAMES = ['overall', 'content', 'structure', 'delivery'] as const;

/**
 * Where the feedback will be, while it is being made: the same heading and score tiles, so the page does not
 * move when the result arrives.
 */
export function FeedbackPending({ status }: { status: string }) {
  return (
    <section className="feedback" aria-busy="true">
      <h3>Feedback</h3>
      <p className="hint" role="status">
        {status}
      </p>
      <ScoreTilesPending names={SCORE_NAMES} />
      <div className="skeleton-lines" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </section>
  );
}

/** Score tiles without their scores yet. */
export function ScoreTilesPending({ names }: { names: readonly string[] }) {
  return (
    <dl className="scores" aria-hidden="true">
      {names.map((name) => (
        <div key={name} className="score">
          <dt>{name}</dt>
          <dd className="pending">—</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The feedback on one answer: scores, the answer itself with the sentence that made each key point marked in place,
 * the key points with their quotes, what was done well beyond them and the few improvements that matter most.
 */
export function Feedback({ record, answer }: { record: AnalysisRecord; answer?: string | null }) {
  const result = record.analysis;
  const titleId = `feedback-title-${record.id}`;
  const pieces = answer ? markEvidence(answer, result.keyPoints) : [];
  const strengths = strengthsToShow(result.strengths, result.keyPoints, answer ?? '');
  const improvements = topImprovements(result.improvements);
  return (
    <section className="feedback" aria-labelledby={titleId} aria-live="polite">
      <h3 id={titleId}>Feedback</h3>
      {result.followUp && (
        <p data-testid="follow-up-outcome">
          {result.followUp.made
            ? `You made the probed point "${result.followUp.label}" after the prompt.`
            : `The follow-up asked about "${result.followUp.label}", and it is still missing.`}
        </p>
      )}
      <dl className="scores">
        {SCORE_NAMES.map((name) => (
          <div key={name} className="score">
            <dt>{name}</dt>
            <dd data-testid={`score-${name}`}>{result.scores[name] ?? '—'}</dd>
          </div>
        ))}
      </dl>
      {answer && (
        <>
          <h4>Your answer</h4>
          <p className="answer-text" data-testid="marked-answer">
            {pieces.map((piece, index) =>
              piece.points.length === 0 ? (
                piece.text
              ) : (
                <mark key={index} title={`Key point ${piece.points.join(' and ')}`}>
                  {piece.text}
                  <sup aria-label={`key point ${piece.points.join(' and ')}`}>{piece.points.join(',')}</sup>
                </mark>
              ),
            )}
          </p>
        </>
      )}
      <h4>Key points</h4>
      <ol className="key-points">
        {result.keyPoints.map((point, index) => (
          <li key={point.id} className={point.covered ? 'covered' : 'missed'}>
            <span className="point-mark" aria-hidden="true">
              {point.covered ? '✔' : '✘'}
            </span>{' '}
            <span className="point-number">{index + 1}</span> <strong>{point.label}</strong>
            <span className="visually-hidden">{point.covered ? ' covered' : ' missing'}</span>
            {point.afterPrompt && <span className="badge"> after a prompt</span>}
            {point.covered && point.evidence && <blockquote>“{point.evidence.trim()}”</blockquote>}
          </li>
        ))}
      </ol>
      {strengths.length > 0 && (
        <>
          <h4>Strengths</h4>
          <ul data-testid="strengths">
            {strengths.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {improvements.length > 0 && (
        <>
          <h4>To improve</h4>
          <ol data-testid="improvements">
            {improvements.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ol>
        </>
      )}
      {result.llm && (
        <>
          <h4>Coach&apos;s note</h4>
          <p data-testid="llm-narrative">{result.llm.narrative}</p>
          <p className="hint">
            Written by {result.llm.model} from the findings above; the scores are Rehearse&apos;s own.
          </p>
        </>
      )}
    </section>
  );
}
