import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { api, data } from '../../api.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';

/** A coach opens a candidate's share link: it becomes theirs, and they land on what it shares. */
export function SharedLinkPage() {
  const { token } = useParams({ from: '/shared/link/$token' });
  const navigate = useNavigate();
  const claim = useMutation({
    mutationFn: () => data(api.POST('/api/v1/shared/claims', { body: { token } })),
    onSuccess: (claimed) =>
      void (claimed.interviewId
        ? navigate({ to: '/shared/interviews/$id', params: { id: claimed.interviewId }, replace: true })
        : navigate({ to: '/sharing', replace: true })),
  });
  const { mutate, isIdle } = claim;
  useEffect(() => {
    if (isIdle) mutate();
  }, [isIdle, mutate]);

  return (
    <section className="card">
      <h1>Opening a shared interview</h1>
      {claim.isPending && <p role="status">Opening the link…</p>}
      <ProblemMessage error={claim.error} />
      {claim.error && (
        <p>
          <Link to="/sharing">See what is shared with you</Link>
        </p>
      )}
    </section>
  );
}
