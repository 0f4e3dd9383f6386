import type { ReactNode } from 'react';
import { showValue, type CodingProblem } from '../../coding/coding.ts';

/** The problem as the candidate reads it: the statement (rendered by the page), the visible tests, what else runs. */
export function ProblemStatement({ problem, children }: { problem: CodingProblem; children: ReactNode }) {
  return (
    <section className="card statement" aria-labelledby="statement-title">
      <h2 id="statement-title">The problem</h2>
      {children}
      <h3>Visible tests</h3>
      <ul className="visible-tests">
        {problem.visibleTests.map((test) => (
          <li key={test.name}>
            <strong>{test.name}</strong>
            <div>
              Input <code>{showValue(test.input, 400)}</code>
            </div>
            <div>
              {test.throws ? (
                'Throws an error'
              ) : (
                <>
                  Expected <code>{showValue(test.expected, 400)}</code>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      <p className="hint">
        {problem.hiddenTestCount} hidden tests, some of them large inputs that measure efficiency, run when you submit.
      </p>
    </section>
  );
}
