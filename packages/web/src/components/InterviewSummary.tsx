import { lazy, Suspense } from 'react';
import { promptWords } from '@rehearse/core/questions/prompt-text';
import type { DimensionScores, InterviewSummaryView } from '../interviews.ts';
import { useRetake } from '../use-retake.ts';
import { ScoreTilesPending } from './Feedback.tsx';
import { ProblemMessage } from './ProblemMessage.tsx';
import type { ScoreChartRow } from './ScoreChart.tsx';
import '../progress/progress.css';

const ScoreChart = lazy(() => import('./ScoreChart.tsx').then((module) => ({ default: module.ScoreChart })));

const DIMENSIONS = ['overall', 'content', 'structure', 'delivery'] as const;
type Dimension = (typeof DIMENSIONS)[number];

const scoresOf = (overall: number | null, byDimension: DimensionScores): Record<Dimension, number | null> => ({
  overall,
  ...byDimension,
});

/** "+12", "−5" or "±0": the change since the attempt retaken. */
function change(now: number | null, before: number | null): string | null {
  if (now === null || before === null) return null;
  const delta = now - before;
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0';
}

/** The end of an interview: scores by dimension (against the last attempt, for a retake), each question, next steps. */
export function InterviewSummary({ interviewId, summary }: { interviewId: string; summary: InterviewSummaryView }) {
  const retake = useRetake();
  const now = scoresOf(summary.overall, summary.byDimension);
  const previous = summary.previousAttempt;
  const before = previous ? scoresOf(previous.overall, previous.byDimension) : null;
  const chart: ScoreChartRow[] = DIMENSIONS.map((dimension) => ({
    dimension,
    'This attempt': now[dimension],
    ...(before ? { 'Previous attempt': before[dimension] } : {}),
  }));

  return (
    <div className="card" data-testid="summary">
      <h2>Summary</h2>
      <dl className="scores">
        {DIMENSIONS.map((dimension) => {
          const delta = before ? change(now[dimension], before[dimension]) : null;
          return (
            <div className="score" key={dimension}>
              <dt>{dimension}</dt>
              <dd data-testid={`summary-${dimension}`}>{now[dimension] ?? '—'}</dd>
              {delta && (
                <dd className="delta" data-testid={`summary-${dimension}-change`}>
                  {delta} since the last attempt
                </dd>
              )}
            </div>
          );
        })}
      </dl>
      <figure className="chart" aria-label="Scores by dimension">
        <Suspense fallback={null}>
          <ScoreChart rows={chart} withPrevious={before !== null} />
        </Suspense>
      </figure>
      {summary.weakestCategory && (
        <p>
          Weakest area: {summary.weakestCategory}. Strongest: {summary.strongestCategory}.
        </p>
      )}
      {summary.questions.length > 0 && <QuestionTable questions={summary.questions} />}
      {summary.nextSteps.length > 0 && (
        <>
          <h3>Next steps</h3>
          <ul>
            {summary.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </>
      )}
      <ProblemMessage error={retake.error} />
      <button type="button" className="primary" onClick={() => retake.mutate(interviewId)} disabled={retake.isPending}>
        Retake these questions
      </button>
      <div className="actions" role="group" aria-label="Export the report">
        <a className="button" href={`/api/v1/interviews/${interviewId}/report.md`} download>
          Export as Markdown
        </a>
        <a className="button" href={`/api/v1/interviews/${interviewId}/report.pdf`} download>
          Export as PDF
        </a>
      </div>
    </div>
  );
}

/** The summary's place while it loads: its heading, score tiles and chart area, so nothing moves when it comes. */
export function InterviewSummaryPending() {
  return (
    <div className="card" aria-busy="true">
      <h2>Summary</h2>
      <ScoreTilesPending names={DIMENSIONS} />
      <div className="chart" aria-hidden="true" />
    </div>
  );
}

function QuestionTable({ questions }: { questions: InterviewSummaryView['questions'] }) {
  return (
    <table className="summary-questions">
      <caption>Question by question</caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Score</th>
          <th scope="col">Key points made</th>
        </tr>
      </thead>
      <tbody>
        {questions.map((question) => {
          const total = question.coveredKeyPoints.length + question.missedKeyPoints.length;
          return (
            <tr key={question.questionId}>
              <th scope="row">{promptWords(question.prompt)}</th>
              <td>{question.overall ?? '—'}</td>
              <td>
                {question.coveredKeyPoints.length} of {total}
                {question.recoveredInFollowUp.length > 0 &&
                  ` (${question.recoveredInFollowUp.length} only after a follow-up)`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
