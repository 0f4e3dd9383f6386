import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api, data } from '../api.ts';
import { useSession } from '../auth.tsx';
import { FirstRunGuide, GUIDE_DONE_KEY } from '../components/FirstRunGuide.tsx';

/** True for a candidate with no interview yet who has not put the guide away; undefined until it is known. */
function useIsNew(): [boolean | undefined, () => void] {
  const [done, setDone] = useState(() => localStorage.getItem(GUIDE_DONE_KEY) !== null);
  const interviews = useQuery({
    queryKey: ['interviews', 'any'],
    queryFn: () => data(api.GET('/api/v1/interviews', { params: { query: { limit: 1 } } })),
    enabled: !done,
  });
  const isNew = done
    ? false
    : interviews.data
      ? interviews.data.items.length === 0
      : interviews.error
        ? false
        : undefined;
  return [isNew, () => setDone(true)];
}

export function HomePage() {
  const { data: user } = useSession();
  const [isNew, dismiss] = useIsNew();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Welcome{user ? `, ${user.name}` : ''}</h1>
      <p className="lead">
        Rehearse backend interviews and get feedback you can check: every point is backed by what you said.
      </p>
      {/* Nothing below until we know whether to guide: then nothing moves when the answer comes. */}
      {isNew && <FirstRunGuide onDismiss={dismiss} />}
      {isNew !== undefined && (
        <div className="tiles">
          <Link to="/questions" className="tile card">
            <h2>Question bank</h2>
            <p>Browse questions by category, level and round. Think first, then reveal the model answer.</p>
          </Link>
          <Link to="/practice" className="tile card">
            <h2>Practice</h2>
            <p>Answer a question and get scored on content and structure, with the evidence quoted.</p>
          </Link>
          <Link to="/settings" className="tile card">
            <h2>Access tokens</h2>
            <p>Create a personal access token for the API and the rehearse CLI.</p>
          </Link>
        </div>
      )}
    </section>
  );
}
