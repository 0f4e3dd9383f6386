import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api, data } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { kitKeys, teamQuery } from '../../kits/kit-queries.ts';
import '../../kits/kits.css';

type TeamRole = 'owner' | 'interviewer';

export function TeamPage() {
  const { id } = useParams({ from: '/teams/$id' });
  const client = useQueryClient();
  const navigate = useNavigate();
  const user = useSession().data;
  const team = useQuery(teamQuery(id));
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TeamRole>('interviewer');
  const refresh = () => void client.invalidateQueries({ queryKey: kitKeys.team(id) });
  const invite = useMutation({
    mutationFn: () =>
      data(api.POST('/api/v1/teams/{id}/invitations', { params: { path: { id } }, body: { email, role } })),
    onSuccess: () => {
      setEmail('');
      refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (invitationId: string) =>
      data(api.DELETE('/api/v1/teams/{id}/invitations/{invitationId}', { params: { path: { id, invitationId } } })),
    onSuccess: refresh,
  });
  const changeRole = useMutation({
    mutationFn: ({ userId, newRole }: { userId: string; newRole: TeamRole }) =>
      data(
        api.PATCH('/api/v1/teams/{id}/members/{userId}', {
          params: { path: { id, userId } },
          body: { role: newRole },
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      data(api.DELETE('/api/v1/teams/{id}/members/{userId}', { params: { path: { id, userId } } })),
    onSuccess: (_, userId) => {
      if (userId === user?.id) {
        void client.invalidateQueries({ queryKey: kitKeys.kits });
        void client.invalidateQueries({ queryKey: kitKeys.teams });
        void navigate({ to: '/kits' });
      } else refresh();
    },
  });
  const view = team.data;
  const owner = view?.role === 'owner';

  return (
    <section aria-labelledby="team-title">
      <p>
        <Link to="/kits">← Interview kits</Link>
      </p>
      <h1 id="team-title">{view?.name ?? 'Team'}</h1>
      <ProblemMessage error={team.error ?? invite.error ?? revoke.error ?? changeRole.error ?? remove.error} />
      {view && (
        <>
          <p className="lead">
            You are {view.role === 'owner' ? 'an owner' : 'an interviewer'}. Members read the team's kits and score
            candidates on them; owners also change the kits and the team.
          </p>
          <section className="card" aria-labelledby="members-title">
            <h2 id="members-title">Members</h2>
            <table className="kit-table">
              <tbody>
                {view.members.map((m) => (
                  <tr key={m.userId}>
                    <td>{m.name}</td>
                    <td>{m.email}</td>
                    <td>
                      {owner ? (
                        <select
                          aria-label={`Role of ${m.name}`}
                          value={m.role}
                          onChange={(e) => changeRole.mutate({ userId: m.userId, newRole: e.target.value as TeamRole })}
                        >
                          <option value="owner">owner</option>
                          <option value="interviewer">interviewer</option>
                        </select>
                      ) : (
                        m.role
                      )}
                    </td>
                    <td>
                      {(owner || m.userId === user?.id) && (
                        <button type="button" onClick={() => remove.mutate(m.userId)}>
                          {m.userId === user?.id ? 'Leave the team' : `Remove ${m.name}`}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {owner && (
            <section className="card" aria-labelledby="invite-title">
              <h2 id="invite-title">Invite</h2>
              <p className="hint">
                The invitation waits in their Kits page once they sign in with this email; it expires in 14 days.
              </p>
              <form
                className="filters"
                onSubmit={(event) => {
                  event.preventDefault();
                  invite.mutate();
                }}
              >
                <label className="grow">
                  Email
                  <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
                </label>
                <label>
                  As
                  <select value={role} onChange={(e) => setRole(e.target.value as TeamRole)}>
                    <option value="interviewer">interviewer</option>
                    <option value="owner">owner</option>
                  </select>
                </label>
                <button type="submit" className="primary" disabled={invite.isPending || !email.includes('@')}>
                  Send the invitation
                </button>
              </form>
              {view.invitations.length > 0 && (
                <ul aria-label="Pending invitations">
                  {view.invitations.map((i) => (
                    <li key={i.id}>
                      {i.email} as {i.role}
                      {i.expired ? ' (expired)' : ` until ${new Date(i.expiresAt).toLocaleDateString()}`}{' '}
                      <button type="button" onClick={() => revoke.mutate(i.id)}>
                        Withdraw
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </>
      )}
    </section>
  );
}
