import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { api, data } from '../../api.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { KitEditor } from '../../kits/KitEditor.tsx';
import { KitQuestionView } from '../../kits/KitQuestionView.tsx';
import { kitKeys, kitQuery, minutes } from '../../kits/kit-queries.ts';
import '../../kits/kits.css';

export function KitPage() {
  const { id } = useParams({ from: '/kits/$id' });
  const client = useQueryClient();
  const navigate = useNavigate();
  const kit = useQuery(kitQuery(id));
  const practice = useMutation({
    mutationFn: () => data(api.POST('/api/v1/kits/{id}/practice-link', { params: { path: { id } } })),
  });
  const remove = useMutation({
    mutationFn: () => data(api.DELETE('/api/v1/kits/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: kitKeys.kits });
      void navigate({ to: '/kits' });
    },
  });
  const view = kit.data;

  return (
    <section aria-labelledby="kit-title">
      <p>
        <Link to="/kits">← Interview kits</Link>
      </p>
      <h1 id="kit-title">{view ? `${view.role} (${view.level})` : 'Interview kit'}</h1>
      <ProblemMessage error={kit.error ?? practice.error ?? remove.error} />
      {view && (
        <>
          <p className="lead">
            {view.questionCount} questions · {minutes(view.totalSeconds)} in all
            {view.competencies.length > 0 && ` · ${view.competencies.join(', ')}`}
          </p>
          <div className="kit-actions">
            <Link to="/kits/$id/score" params={{ id }} className="button primary">
              Score a candidate
            </Link>
            <Link to="/kits/$id/calibration" params={{ id }} search={{ candidate: undefined }} className="button">
              Calibration and candidates
            </Link>
            <a href={`/api/v1/kits/${id}/print`} target="_blank" rel="noreferrer" className="button">
              Print view
            </a>
            <a href={`/api/v1/kits/${id}/print.pdf`} className="button">
              Download PDF
            </a>
            {view.canEdit && (
              <button type="button" onClick={() => practice.mutate()} disabled={practice.isPending}>
                Make a practice link
              </button>
            )}
          </div>
          {practice.data && (
            <p role="status">
              Send this link to a candidate (it works until {new Date(practice.data.expiresAt).toLocaleDateString()}):{' '}
              <code>{practice.data.url}</code>
            </p>
          )}
          <section className="card" aria-labelledby="plan-title">
            <h2 id="plan-title">Plan</h2>
            <table className="kit-table">
              <tbody>
                {view.plan.items.map((item, i) => (
                  <tr key={i}>
                    <td>{minutes(item.startsAtSeconds)}</td>
                    <td>{item.title.slice(0, 120)}</td>
                    <td>{minutes(item.seconds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="card" aria-labelledby="questions-title">
            <h2 id="questions-title">Questions</h2>
            {view.questions.length === 0 && <p>No question yet{view.canEdit ? ': add some below.' : '.'}</p>}
            {view.questions.map((q, i) => (
              <KitQuestionView key={q.key} question={q} index={i} />
            ))}
          </section>
          {view.canEdit && <KitEditor kit={view} />}
          {view.canEdit && (
            <p>
              <button type="button" onClick={() => remove.mutate()} disabled={remove.isPending}>
                Delete the kit and its scorecards
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
