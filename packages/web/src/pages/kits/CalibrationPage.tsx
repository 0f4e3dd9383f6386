import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { calibrationQuery, comparisonQuery, kitQuery, RECOMMENDATION_WORDS } from '../../kits/kit-queries.ts';
import '../../kits/kits.css';

const AGREEMENT_WORDS = {
  agree: 'Agree',
  close: 'One step apart',
  split: 'Split',
  unrated: 'Not rated',
} as const;
const RECOMMENDATION_AGREEMENT = {
  unanimous: 'Unanimous',
  'same-side': 'Same side, different strength',
  split: 'Split: some say yes, some no',
  pending: 'No recommendation yet',
} as const;

/** The kit's candidates side by side, and for one candidate where their interviewers agree and where they spread. */
export function CalibrationPage() {
  const { id } = useParams({ from: '/kits/$id/calibration' });
  const { candidate = '' } = useSearch({ from: '/kits/$id/calibration' });
  const kit = useQuery(kitQuery(id));
  const comparison = useQuery(comparisonQuery(id));
  const calibration = useQuery(calibrationQuery(id, candidate));
  const questions = comparison.data?.questions ?? [];

  return (
    <section aria-labelledby="calibration-title">
      <p>
        <Link to="/kits/$id" params={{ id }}>
          ← {kit.data ? `${kit.data.role} (${kit.data.level})` : 'The kit'}
        </Link>
      </p>
      <h1 id="calibration-title">Calibration and candidates</h1>
      <p className="lead">Submitted scorecards only. You see others' scores once you have submitted your own.</p>
      <ProblemMessage error={kit.error ?? comparison.error ?? calibration.error} />
      <section className="card" aria-labelledby="compare-title">
        <h2 id="compare-title">Candidates side by side</h2>
        {comparison.data?.candidates.length === 0 && <p>No submitted scorecard yet.</p>}
        {(comparison.data?.candidates.length ?? 0) > 0 && (
          <table className="kit-table">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                {questions.map((q, i) => (
                  <th scope="col" key={q.key} title={q.prompt}>
                    Q{i + 1}
                  </th>
                ))}
                <th scope="col">Mean</th>
                <th scope="col">Recommendations</th>
              </tr>
            </thead>
            <tbody>
              {comparison.data!.candidates.map((c) => (
                <tr key={c.candidate}>
                  <th scope="row">
                    <Link to="/kits/$id/calibration" params={{ id }} search={{ candidate: c.candidate }}>
                      {c.candidate}
                    </Link>{' '}
                    <span className="meta">({c.scorecards})</span>
                  </th>
                  {c.questionMeans.map((m, i) => (
                    <td key={i}>{m ?? '–'}</td>
                  ))}
                  <td>{c.overallMean ?? '–'}</td>
                  <td>
                    {(Object.keys(RECOMMENDATION_WORDS) as (keyof typeof RECOMMENDATION_WORDS)[])
                      .filter((r) => c.recommendations[r] > 0)
                      .map((r) => `${RECOMMENDATION_WORDS[r]} ×${c.recommendations[r]}`)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {calibration.data && (
        <section className="card" aria-labelledby="spread-title">
          <h2 id="spread-title">
            {calibration.data.candidate}: {calibration.data.interviewers} interviewers
          </h2>
          <table className="kit-table">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Ratings</th>
                <th scope="col">Spread</th>
                <th scope="col">Agreement</th>
              </tr>
            </thead>
            <tbody>
              {calibration.data.questions.map((q) => (
                <tr key={q.questionKey}>
                  <td>
                    {q.prompt.slice(0, 100)}
                    <div className="meta">
                      Heard: {q.keyPointsHeard.map((p) => `${p.label} (${p.heardBy})`).join('; ')}
                    </div>
                  </td>
                  <td>{q.ratings.map((r) => `${r.interviewer}: ${r.rating ?? '–'}`).join(', ')}</td>
                  <td>{q.spread ?? '–'}</td>
                  <td className={`agreement-${q.agreement}`}>{AGREEMENT_WORDS[q.agreement]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            Recommendations:{' '}
            {calibration.data.recommendations
              .map((r) => `${r.interviewer}: ${r.recommendation ? RECOMMENDATION_WORDS[r.recommendation] : '–'}`)
              .join(', ')}{' '}
            · <strong>{RECOMMENDATION_AGREEMENT[calibration.data.recommendationAgreement]}</strong>
          </p>
        </section>
      )}
    </section>
  );
}
