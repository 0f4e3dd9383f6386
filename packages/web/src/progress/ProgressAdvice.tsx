// What the progress page advises: what to practise next (each with the button that starts it), and the weakest
// areas with the key points missed most and the misconceptions that came back.
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { api, data } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { words, type ProgressView, type RecommendationView } from './progress.ts';

export function Recommendations({ items }: { items: RecommendationView[] }) {
  return (
    <div className="card" data-testid="recommendations">
      <h2>Practise next</h2>
      <ul className="recommendations">
        {items.map((item) => (
          <li key={item.id}>
            <h3>{item.title}</h3>
            <p>{item.reason}</p>
            <StartAction action={item.action} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function StartAction({ action }: { action: RecommendationView['action'] }) {
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: (settings: Extract<RecommendationView['action'], { kind: 'interview' }>['settings']) =>
      data(api.POST('/api/v1/interviews', { body: settings })),
    onSuccess: (interview) => void navigate({ to: '/interviews/$id', params: { id: interview.id } }),
  });
  switch (action.kind) {
    case 'interview':
      return (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={start.isPending}
            onClick={() => start.mutate(action.settings)}
          >
            Start a {action.settings.minutes}-minute interview
          </button>
          <ProblemMessage error={start.error} />
        </div>
      );
    case 'questions':
      return (
        <div className="actions">
          {action.questions.map((question, index) => (
            <Link
              key={question.id}
              to="/questions/$id"
              params={{ id: question.id }}
              className={index === 0 ? 'button primary' : 'button'}
              aria-label={`Practise: ${question.prompt}`}
            >
              {index === 0 ? 'Practise' : 'Then'}: {question.prompt}
            </Link>
          ))}
        </div>
      );
    case 'coding':
      return (
        <div className="actions">
          <a className="button primary" href={`/coding/${action.problemId}`}>
            Open {action.title}
          </a>
        </div>
      );
    case 'review':
      return (
        <div className="actions">
          <a className="button primary" href={`/reviews/${action.exerciseId}`}>
            Open {action.title}
          </a>
        </div>
      );
  }
}

export function WeakAreas({ progress }: { progress: ProgressView }) {
  if (progress.weakAreas.length === 0 && progress.missedPoints.length === 0 && progress.misconceptions.length === 0)
    return null;
  return (
    <div className="card">
      <h2>Weakest areas</h2>
      {progress.weakAreas.length === 0 && <p className="hint">No area stands out as weak yet.</p>}
      <ul className="weak-areas">
        {progress.weakAreas.map((area) => (
          <li key={area.category}>
            <h3>
              {words(area.category)}: {area.average}
            </h3>
            <p>{area.summary}</p>
            {area.missedPoints.length > 0 && (
              <ul>
                {area.missedPoints.map((point) => (
                  <li key={point.label}>
                    “{point.label}”: missed in {point.missed} of {point.asked}, in{' '}
                    {point.questions.slice(0, 3).map((question, index) => (
                      <span key={question.id}>
                        {index > 0 && '; '}
                        <Link to="/questions/$id" params={{ id: question.id }}>
                          {question.prompt}
                        </Link>
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {progress.misconceptions.length > 0 && (
        <>
          <h3>Misconceptions that came back</h3>
          <ul>
            {progress.misconceptions.map((m) => (
              <li key={m.id}>
                <strong>“{m.claim}”</strong> in {m.times} answers. {m.correction}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
