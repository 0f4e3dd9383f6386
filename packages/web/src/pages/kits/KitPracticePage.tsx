import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { api, data } from '../../api.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { minutes } from '../../kits/kit-queries.ts';

/** A practice link: the kit's questions for a candidate to practise alone, against the interviewers' key points. */
export function KitPracticePage() {
  const { token } = useParams({ from: '/kit-practice/$token' });
  const navigate = useNavigate();
  const offer = useQuery({
    queryKey: ['kit-practice', token],
    queryFn: () => data(api.GET('/api/v1/kit-practice/{token}', { params: { path: { token } } })),
  });
  const start = useMutation({
    mutationFn: () => data(api.POST('/api/v1/kit-practice/{token}/interviews', { params: { path: { token } } })),
    onSuccess: (interview) => void navigate({ to: '/interviews/$id', params: { id: interview.id } }),
  });
  return (
    <section aria-labelledby="kit-practice-title">
      <h1 id="kit-practice-title">
        {offer.data ? `Practise for ${offer.data.role} (${offer.data.level})` : 'Practice link'}
      </h1>
      <ProblemMessage error={offer.error ?? start.error} />
      {offer.data && (
        <>
          <p className="lead">
            The questions of a hiring team's kit, analysed against the same key points its interviewers score.
          </p>
          <ol>
            {offer.data.questions.map((q) => (
              <li key={q.id}>
                {q.prompt} <span className="meta">({minutes(q.targetSeconds)})</span>
              </li>
            ))}
          </ol>
          <button type="button" className="primary" onClick={() => start.mutate()} disabled={start.isPending}>
            Start practising
          </button>
        </>
      )}
    </section>
  );
}
