import { Link } from '@tanstack/react-router';
import type { Schemas } from '../api.ts';
import { formatDueIn } from './study-format.ts';

type Checklist = Schemas['StudyChecklist'];
type Item = Checklist['items'][number];
type Category = Checklist['categories'][number];

const STATE_LABEL: Record<Item['state'], string> = {
  'not-started': 'Not started',
  practised: 'Practised',
  confident: 'Confident',
};
/** A shape as well as a colour for each state, so it reads without colour too. */
const STATE_MARK: Record<Item['state'], string> = { 'not-started': '○', practised: '◐', confident: '●' };

/** The progress of one category: confident and practised shares of one bar, and the same in words. */
export function CategoryBar({ progress }: { progress: Category }) {
  const share = (count: number) => (progress.total ? (100 * count) / progress.total : 0);
  // Spans, as a summary holds phrasing content only; the stylesheet lays them out as blocks.
  return (
    <span className="category-progress">
      <span className="category-progress-head">
        <span className="category-name">{progress.category}</span>
        <span className="hint">
          {progress.confident} confident · {progress.practised} practised · {progress.notStarted} not started
        </span>
      </span>
      <span className="progress-bar" aria-hidden="true">
        <span className="confident" style={{ width: `${share(progress.confident)}%` }} />
        <span className="practised" style={{ width: `${share(progress.practised)}%` }} />
      </span>
    </span>
  );
}

/** The checklist of one category: each question with its state, answers and when its card is next due. */
export function CategoryChecklist(props: { progress: Category; items: Item[]; open: boolean; now: number }) {
  const { progress, items } = props;
  return (
    <details className="card checklist-category" open={props.open}>
      <summary>
        <CategoryBar progress={progress} />
      </summary>
      {items.length === 0 ? (
        <p className="hint">No question of this category in this state.</p>
      ) : (
        <ul className="checklist">
          {items.map((item) => (
            <li key={item.questionId} className={`checklist-item ${item.state}`}>
              <span className="state-mark" aria-hidden="true">
                {STATE_MARK[item.state]}
              </span>
              <div>
                <Link to="/questions/$id" params={{ id: item.questionId }} className="question-link">
                  {item.prompt}
                </Link>
                <div className="meta">
                  <span className={`badge state ${item.state}`}>{STATE_LABEL[item.state]}</span>
                  <span className="badge">{item.level}</span>
                  <span className="badge">{item.round}</span>
                  {item.answers > 0 && (
                    <span className="hint">
                      answered {item.answers} {item.answers === 1 ? 'time' : 'times'}
                    </span>
                  )}
                  {item.card && item.card.reps > 0 && (
                    <span className="hint">card due {formatDueIn(item.card.due, props.now)}</span>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
