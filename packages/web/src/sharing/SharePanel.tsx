import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, data } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { sharesKey, type ShareView } from './sharing-api.ts';
import './sharing.css';

const STATUS_WORDS: Record<ShareView['status'], string> = { active: 'open', revoked: 'revoked', expired: 'expired' };

function describeShare(share: ShareView): string {
  const who = share.coach ? `${share.coach.name} (${share.coach.email})` : 'a link nobody has opened yet';
  const what = share.interviewId === null ? 'all your interviews' : 'this interview';
  const until = share.expiresAt ? `, until ${new Date(share.expiresAt).toLocaleDateString()}` : '';
  return `${what} with ${who}${until}`;
}

/**
 * Sharing with a coach: an invitation to their account's email or a link that expires, for one interview
 * (`interviewId`) or all of them (null); the shares made, and a way to revoke each.
 */
export function SharePanel({ interviewId }: { interviewId: string | null }) {
  const client = useQueryClient();
  const [via, setVia] = useState<'invitation' | 'link'>('invitation');
  const [email, setEmail] = useState('');
  const [days, setDays] = useState('7');
  const shares = useQuery({ queryKey: sharesKey, queryFn: () => data(api.GET('/api/v1/shares')) });
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/shares', {
          body: via === 'invitation' ? { via, email, interviewId } : { via, interviewId, expiresInDays: Number(days) },
        }),
      ),
    onSuccess: () => {
      setEmail('');
      void client.invalidateQueries({ queryKey: sharesKey });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => data(api.DELETE('/api/v1/shares/{id}', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: sharesKey }),
  });
  const listed = (shares.data?.items ?? []).filter(
    (share) => interviewId === null || share.interviewId === interviewId || share.interviewId === null,
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <section className="card share-panel" aria-labelledby="share-title">
      <h2 id="share-title">{interviewId ? 'Share this interview with a coach' : 'Share all your interviews'}</h2>
      <form onSubmit={onSubmit} className="share-form">
        <fieldset>
          <legend className="visually-hidden">How to share</legend>
          <label>
            <input type="radio" checked={via === 'invitation'} onChange={() => setVia('invitation')} /> Invite by email
          </label>{' '}
          <label>
            <input type="radio" checked={via === 'link'} onChange={() => setVia('link')} /> Make a link
          </label>
        </fieldset>
        {via === 'invitation' ? (
          <label>
            Your coach’s account email{' '}
            <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
          </label>
        ) : (
          <label>
            Link expires after (days){' '}
            <input type="number" min={1} max={30} value={days} onChange={(event) => setDays(event.target.value)} />
          </label>
        )}{' '}
        <button type="submit" className="primary" disabled={create.isPending}>
          Share
        </button>
      </form>
      <ProblemMessage error={create.error} />
      {create.data?.link && (
        <p role="status">
          Send your coach this link (it is shown once):{' '}
          <input readOnly className="share-link" value={create.data.link.url} aria-label="Share link" />
        </p>
      )}
      {listed.length > 0 && (
        <ul className="share-list">
          {listed.map((share) => (
            <li key={share.id} data-testid="share" data-status={share.status}>
              Shared {describeShare(share)} · <strong>{STATUS_WORDS[share.status]}</strong>
              {share.status === 'active' && (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => revoke.mutate(share.id)}>
                    Revoke
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ProblemMessage error={revoke.error ?? shares.error} />
    </section>
  );
}
