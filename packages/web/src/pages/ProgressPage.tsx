import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { api, data } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import type { TrendLine } from '../progress/ProgressCharts.tsx';
import { shortDate, timeZone, words, type ProgressView } from '../progress/progress.ts';
import { Recommendations, WeakAreas } from '../progress/ProgressAdvice.tsx';
import '../progress/progress.css';

// The chart library loads in a chunk of its own, after the numbers are on the page.
const ScoreTrend = lazy(() => import('../progress/ProgressCharts.tsx').then((m) => ({ default: m.ScoreTrend })));
const VolumeBars = lazy(() => import('../progress/ProgressCharts.tsx').then((m) => ({ default: m.VolumeBars })));

const DIMENSIONS: TrendLine[] = [
  { key: 'overall', name: 'Overall', color: 'var(--line-overall)' },
  { key: 'content', name: 'Content', color: 'var(--line-content)' },
  { key: 'structure', name: 'Structure', color: 'var(--line-structure)' },
  { key: 'delivery', name: 'Delivery', color: 'var(--line-delivery)' },
];
const TILE_NAMES = ['this week', 'streak', 'days practised', 'average'];

export function ProgressPage() {
  const tz = timeZone();
  const progress = useQuery({
    queryKey: ['progress', tz],
    queryFn: () => data(api.GET('/api/v1/progress', { params: { query: { tz } } })),
  });
  return (
    <section aria-labelledby="progress-title" className="progress-page">
      <h1 id="progress-title">Progress</h1>
      <p className="lead">
        Your scores over time, how much you practise, where you are weakest and what to practise next.{' '}
        <Link to="/history">Every past answer</Link> is in your history.
      </p>
      <ProblemMessage error={progress.error} />
      {progress.data ? <ProgressBody progress={progress.data} /> : <ProgressPending />}
    </section>
  );
}

/** The page's frame while it loads: the same tiles, control and chart box, so nothing moves when the numbers come. */
function ProgressPending() {
  return (
    <div aria-busy="true">
      <dl className="scores progress-tiles" aria-hidden="true">
        {TILE_NAMES.map((name) => (
          <div className="score" key={name}>
            <dt>{name}</dt>
            <dd className="pending">—</dd>
            <dd className="note">&nbsp;</dd>
          </div>
        ))}
      </dl>
      <div className="card">
        <h2>Scores over time</h2>
        <div className="chart-controls">
          <label>
            Show
            <select disabled>
              <option>Every answer, by dimension</option>
            </select>
          </label>
        </div>
        <div className="trend-chart" aria-hidden="true" />
      </div>
    </div>
  );
}

function ProgressBody({ progress }: { progress: ProgressView }) {
  const thisWeek = progress.volume.weeks.at(-1);
  const { streak, totals } = progress;
  return (
    <>
      <dl className="scores progress-tiles" data-testid="progress-tiles">
        <div className="score">
          <dt>this week</dt>
          <dd data-testid="tile-week">{(thisWeek?.answers ?? 0) + (thisWeek?.attempts ?? 0)}</dd>
          <dd className="note">answers and attempts</dd>
        </div>
        <div className="score">
          <dt>streak</dt>
          <dd data-testid="tile-streak">{streak.current}</dd>
          <dd className="note">
            {streak.current === 1 ? 'day' : 'days'}
            {streak.current > 0 && !streak.practisedToday ? ' · practise today to keep it' : ''}
            {streak.longest > streak.current ? ` · best ${streak.longest}` : ''}
          </dd>
        </div>
        <div className="score">
          <dt>days practised</dt>
          <dd>{totals.daysPractised}</dd>
          <dd className="note">{totals.answers} answers in all</dd>
        </div>
        <div className="score">
          <dt>average</dt>
          <dd>{totals.average ?? '—'}</dd>
          <dd className="note">overall score</dd>
        </div>
      </dl>
      <Trend progress={progress} />
      <Recommendations items={progress.recommendations} />
      <div className="card">
        <h2>Practice volume</h2>
        <p className="hint">Answers per day over the last four weeks ({progress.timeZone}).</p>
        <figure className="volume-chart" aria-label="Answers and attempts per day over the last four weeks">
          <Suspense fallback={null}>
            <VolumeBars days={progress.volume.days} />
          </Suspense>
        </figure>
      </div>
      <WeakAreas progress={progress} />
    </>
  );
}

type SeriesChoice = 'all' | 'coding' | 'review' | `category:${string}`;

function Trend({ progress }: { progress: ProgressView }) {
  const [choice, setChoice] = useState<SeriesChoice>('all');
  const category = choice.startsWith('category:') ? choice.slice('category:'.length) : null;
  const hasDelivery = progress.byDay.some((day) => day.delivery !== null);
  let rows: Record<string, string | number | null>[];
  let lines: TrendLine[];
  if (category) {
    rows = progress.categories.find((c) => c.category === category)?.series ?? [];
    lines = [DIMENSIONS[0]!];
  } else if (choice === 'coding' || choice === 'review') {
    rows = progress[choice].series;
    lines = [{ ...DIMENSIONS[0]!, name: choice === 'coding' ? 'Coding' : 'Code review' }];
  } else {
    rows = progress.byDay;
    lines = DIMENSIONS.filter((line) => line.key !== 'delivery' || hasDelivery);
  }
  return (
    <div className="card">
      <h2>Scores over time</h2>
      <div className="chart-controls">
        <label>
          Show
          <select value={choice} onChange={(event) => setChoice(event.target.value as SeriesChoice)}>
            <option value="all">Every answer, by dimension</option>
            {progress.categories.map((c) => (
              <option key={c.category} value={`category:${c.category}`}>
                {words(c.category)} ({c.answers})
              </option>
            ))}
            {progress.coding.attempts > 0 && <option value="coding">Coding round</option>}
            {progress.review.attempts > 0 && <option value="review">Code review</option>}
          </select>
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="hint trend-chart">No scored answers yet: they appear here day by day.</p>
      ) : (
        <>
          <figure className="trend-chart" aria-label="Scores per day, 0 to 100" data-testid="trend-chart">
            <Suspense fallback={null}>
              <ScoreTrend rows={rows} lines={lines} />
            </Suspense>
          </figure>
          <details className="chart-table">
            <summary>The same scores as a table</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  {lines.map((line) => (
                    <th scope="col" key={line.key}>
                      {line.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={String(row.date)}>
                    <th scope="row">{shortDate(String(row.date))}</th>
                    {lines.map((line) => (
                      <td key={line.key}>{row[line.key] ?? '—'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </div>
  );
}
