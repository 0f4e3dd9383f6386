import type { Schemas } from '../api.ts';

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

export function Feedback({ record }: { record: AnalysisRecord }) {
  const result = record.analysis;
  return (
    <section className="feedback" aria-labelledby="feedback-title" aria-live="polite">
      <h3 id="feedback-title">Feedback</h3>
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
      <h4>Key points</h4>
      <ul className="key-points">
        {result.keyPoints.map((point) => (
          <li key={point.id} className={point.covered ? 'covered' : 'missed'}>
            <span aria-hidden="true">{point.covered ? '✔' : '✘'}</span> <strong>{point.label}</strong>
            <span className="visually-hidden">{point.covered ? ' covered' : ' missing'}</span>
            {point.afterPrompt && <span className="badge"> after a prompt</span>}
            {point.evidence && <blockquote>“{point.evidence}”</blockquote>}
          </li>
        ))}
      </ul>
      {result.strengths.length > 0 && (
        <>
          <h4>Strengths</h4>
          <ul>
            {result.strengths.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {result.improvements.length > 0 && (
        <>
          <h4>To improve</h4>
          <ul>
            {result.improvements.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
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
