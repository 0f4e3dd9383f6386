// A coding problem's past attempts, newest first: each one's outcome, its result to show again, and its code to
// load back into the editor.
import type { UseQueryResult } from '@tanstack/react-query';
import { languageLabel, type CodeAttempt } from '../../coding/coding.ts';
import { ProblemMessage } from '../ProblemMessage.tsx';

export function AttemptHistory({
  attempts,
  currentId,
  checking,
  onShow,
  onLoad,
}: {
  attempts: UseQueryResult<{ items: CodeAttempt[] }>;
  /** The attempt whose result is shown. */
  currentId: string | null;
  /** A check is running: no code is loaded meanwhile. */
  checking: boolean;
  onShow: (attempt: CodeAttempt) => void;
  onLoad: (attempt: CodeAttempt) => void;
}) {
  return (
    <section className="card history" aria-labelledby="history-title">
      <h2 id="history-title">Your attempts</h2>
      <ProblemMessage error={attempts.error} />
      {attempts.data?.items.length === 0 && <p className="hint">None yet.</p>}
      <ol className="attempt-list">
        {attempts.data?.items.map((item) => (
          <li key={item.id} className={item.id === currentId ? 'current' : undefined}>
            <span>
              <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString()}</time> ·{' '}
              {item.mode === 'submit' ? 'Submit' : 'Run'} · {languageLabel(item.language)} ·{' '}
              <AttemptOutcome attempt={item} />
            </span>
            <span className="attempt-actions">
              {item.status !== 'queued' && item.id !== currentId && (
                <button type="button" className="link-button" onClick={() => onShow(item)}>
                  Show result
                </button>
              )}
              <button
                type="button"
                className="link-button"
                disabled={checking}
                onClick={() => onLoad(item)}
                aria-label={`Load the code of the attempt of ${new Date(item.createdAt).toLocaleString()}`}
              >
                Load code
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function AttemptOutcome({ attempt }: { attempt: CodeAttempt }) {
  if (attempt.status === 'queued') return <span className="hint">checking…</span>;
  if (attempt.status === 'failed' || !attempt.report) return <span className="badge">failed</span>;
  const { report } = attempt;
  if (report.compileError) return <span className="badge">does not compile</span>;
  if (attempt.mode === 'submit') return <strong>overall {report.scores.overall}</strong>;
  return (
    <span>
      {report.tests.visible.passed}/{report.tests.visible.total} visible passed
    </span>
  );
}

/** The end of a check in a sentence, for the status line (and so for screen readers). */
export function outcomeInWords(attempt: CodeAttempt): string {
  const { report } = attempt;
  if (attempt.status === 'failed' || !report) return 'The check could not finish.';
  if (report.compileError) return 'Checked: the code does not compile.';
  if (report.stopped) return 'Checked: the sandbox stopped the code.';
  if (attempt.mode === 'submit') return `Checked: overall score ${report.scores.overall} of 100.`;
  return `Checked: ${report.tests.visible.passed} of ${report.tests.visible.total} visible tests passed.`;
}
