import {
  EFFICIENCY_VERDICTS,
  formatMs,
  showValue,
  STOP_REASONS,
  type CodeAttempt,
  type CodeCheckReport,
  type TestResult,
} from '../../coding/coding.ts';
import { ScoreTilesPending } from '../Feedback.tsx';
import { Debrief } from './Debrief.tsx';

const SCORE_NAMES = ['overall', 'correctness', 'efficiency', 'quality'] as const;

/**
 * Where the results will be while the sandbox checks the code: the heading and score tiles they will have, so the
 * page does not move when they arrive.
 */
export function CheckPending({ mode }: { mode: CodeAttempt['mode'] }) {
  return (
    <section className="feedback code-report" aria-busy="true" aria-label="Checking">
      <h3>{mode === 'submit' ? 'Feedback' : 'Test results'}</h3>
      {mode === 'submit' && <ScoreTilesPending names={SCORE_NAMES} />}
      <div className="skeleton-lines" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </section>
  );
}

/** The outcome of one attempt: the tests of a run, or the whole feedback and the debrief of a submit. */
export function AttemptReport({ attempt, onLine }: { attempt: CodeAttempt; onLine: (line: number) => void }) {
  if (attempt.status === 'failed')
    return (
      <div className="alert">
        <strong>The check could not finish</strong>
        <p>{attempt.error ?? 'The sandbox failed to check this code. Try again in a moment.'}</p>
      </div>
    );
  const { report } = attempt;
  if (!report) return null;
  return attempt.mode === 'run' ? (
    <RunReport report={report} onLine={onLine} />
  ) : (
    <SubmitReport attempt={attempt} report={report} onLine={onLine} />
  );
}

function RunReport({ report, onLine }: { report: CodeCheckReport; onLine: (line: number) => void }) {
  const visible = report.results.filter((r) => r.group === 'visible');
  const custom = report.results.filter((r) => r.group === 'custom');
  const { passed, total } = report.tests.visible;
  return (
    <section className="feedback code-report" aria-labelledby="run-title">
      <h3 id="run-title">Test results</h3>
      <Problems report={report} onLine={onLine} />
      {!report.compileError && (
        <p className={passed === total ? 'verdict good' : 'verdict bad'} data-testid="run-summary">
          {passed} of {total} visible tests passed.
        </p>
      )}
      <TestList results={visible} />
      {custom.length > 0 && (
        <>
          <h4>Your inputs</h4>
          <ul className="test-results">
            {custom.map((result, index) => (
              <CustomResult key={index} result={result} />
            ))}
          </ul>
        </>
      )}
      <Output output={report.output} />
    </section>
  );
}

function SubmitReport({
  attempt,
  report,
  onLine,
}: {
  attempt: CodeAttempt;
  report: CodeCheckReport;
  onLine: (line: number) => void;
}) {
  const { visible, hidden } = report.tests;
  return (
    <section className="feedback code-report" aria-labelledby="submit-title">
      <h3 id="submit-title">Feedback</h3>
      <dl className="scores">
        {SCORE_NAMES.map((name) => (
          <div key={name} className={name === 'overall' ? 'score overall' : 'score'}>
            <dt>{name}</dt>
            <dd data-testid={`code-score-${name}`}>{report.scores[name]}</dd>
          </div>
        ))}
      </dl>
      <p data-testid="submit-tests">
        Visible tests: {visible.passed} of {visible.total} passed. Hidden tests: {hidden.passed} of {hidden.total}{' '}
        passed.
      </p>
      <Problems report={report} onLine={onLine} />
      {report.failures.length > 0 && (
        <>
          <h4>Failures</h4>
          <ul>
            {report.failures.map((failure) => (
              <li key={failure.test}>
                <strong>{failure.test}</strong>: {failure.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>Efficiency</h4>
      <p>
        <span className={`badge efficiency ${report.efficiency.verdict}`}>
          {EFFICIENCY_VERDICTS[report.efficiency.verdict]}
        </span>{' '}
        {report.efficiency.detail}
      </p>
      <h4>Code quality</h4>
      {report.quality.findings.length === 0 ? (
        <p>No findings: the linter had nothing to say.</p>
      ) : (
        <>
          <p className="hint">Choose a line to put the cursor on it in the editor.</p>
          <ul className="findings">
            {report.quality.findings.map((finding, index) => (
              <li key={index}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onLine(finding.line)}
                  aria-label={`Go to line ${finding.line}: ${finding.message}`}
                >
                  Line {finding.line}
                </button>{' '}
                {finding.message} <span className="hint">({finding.rule})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <TextList title="Strengths" items={report.strengths} />
      <TextList title="To improve" items={report.improvements} />
      <details className="all-tests">
        <summary>Every test ({report.results.length})</summary>
        <TestList results={report.results} />
      </details>
      <Output output={report.output} />
      {attempt.debrief && <Debrief attempt={attempt} debrief={attempt.debrief} />}
    </section>
  );
}

/** A compile error or a stop: why tests did not run, in words (the status line has announced it already). */
function Problems({ report, onLine }: { report: CodeCheckReport; onLine: (line: number) => void }) {
  const { compileError, stopped } = report;
  const line = compileError?.line ?? null;
  return (
    <>
      {compileError && (
        <div className="alert">
          <strong>The code does not compile</strong>
          <p>
            {line !== null && (
              <>
                <button type="button" className="link-button" onClick={() => onLine(line)}>
                  Line {line}
                </button>
                :{' '}
              </>
            )}
            {compileError.message}
          </p>
        </div>
      )}
      {stopped && (
        <div className="alert">
          <strong>The sandbox stopped your code</strong>
          <p>
            {STOP_REASONS[stopped.reason]} {stopped.detail}
          </p>
        </div>
      )}
    </>
  );
}

function TestList({ results }: { results: readonly TestResult[] }) {
  if (results.length === 0) return null;
  return (
    <ul className="test-results">
      {results.map((result, index) => (
        <li key={index} className={result.passed ? 'passed' : 'failed'}>
          <span aria-hidden="true">{result.passed ? '✔' : '✘'}</span> <strong>{result.name}</strong>
          <span className="visually-hidden">{result.passed ? ' passed' : ' failed'}</span>
          {result.group !== 'visible' && <span className="badge">{result.group}</span>}
          {result.ms !== undefined && <span className="hint"> {formatMs(result.ms)}</span>}
          {result.message && <div className="test-message">{result.message}</div>}
        </li>
      ))}
    </ul>
  );
}

function CustomResult({ result }: { result: TestResult }) {
  const ran = 'actual' in result || 'expected' in result;
  return (
    <li className={result.passed ? 'passed' : 'failed'}>
      <span aria-hidden="true">{result.passed ? '✔' : '✘'}</span>{' '}
      <strong>{result.name.replace(/^your input /, '')}</strong>
      <span className="visually-hidden">
        {result.passed ? ' matches the reference' : ' differs from the reference'}
      </span>
      {result.ms !== undefined && <span className="hint"> {formatMs(result.ms)}</span>}
      {ran && (
        <div className="test-message">
          Your code returned <code>{showValue(result.actual)}</code>; the reference returns{' '}
          <code>{showValue(result.expected)}</code>.
        </div>
      )}
      {result.message && <div className="test-message">{result.message}</div>}
    </li>
  );
}

function Output({ output }: { output: string }) {
  if (!output) return null;
  return (
    <details className="console-output">
      <summary>Console output</summary>
      <pre>{output}</pre>
    </details>
  );
}

function TextList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </>
  );
}
