import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, data } from '../../api.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { SharePanel } from '../../sharing/SharePanel.tsx';
import { useUnreadComments } from '../../sharing/sharing-api.ts';

const sessionName = (settings: { round: string; level: string }, createdAt: string) =>
  `${settings.level} ${settings.round} interview of ${new Date(createdAt).toLocaleDateString()}`;

/** Sharing in one place: what coaches commented, what candidates share with you, and your own shares. */
export function SharingPage() {
  const shared = useQuery({ queryKey: ['shared-with-me'], queryFn: () => data(api.GET('/api/v1/shared')) });
  const unread = useUnreadComments();
  return (
    <section className="sharing-page">
      <h1>Sharing</h1>
      {(unread.data?.sessions.length ?? 0) > 0 && (
        <section className="card" aria-labelledby="new-comments-title">
          <h2 id="new-comments-title">New comments from your coaches</h2>
          <ul>
            {unread.data!.sessions.map((session) => (
              <li key={session.interviewId}>
                <Link to="/interviews/$id" params={{ id: session.interviewId }}>
                  {session.unread} new comment{session.unread === 1 ? '' : 's'} on an interview
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="shared-title">
        <h2 id="shared-title">Shared with you</h2>
        {shared.data && shared.data.items.length === 0 && (
          <p className="hint">Nothing yet: a candidate shares an interview by inviting your email or sending a link.</p>
        )}
        <ul data-testid="shared-with-me">
          {shared.data?.items.map((item) => (
            <li key={item.interviewId}>
              <Link to="/shared/interviews/$id" params={{ id: item.interviewId }}>
                {item.owner?.name ?? 'A candidate'}: {sessionName(item.settings, item.createdAt)}
              </Link>
              {item.status === 'active' && <span className="hint"> (in progress)</span>}
            </li>
          ))}
        </ul>
        <ProblemMessage error={shared.error} />
      </section>
      <SharePanel interviewId={null} />
    </section>
  );
}
