import { Link } from '@tanstack/react-router';
import { useSession } from '../auth.tsx';

export function HomePage() {
  const { data: user } = useSession();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Welcome{user ? `, ${user.name}` : ''}</h1>
      <p className="lead">
        Rehearse backend interviews and get feedback you can check: every point is backed by what you said.
      </p>
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
    </section>
  );
}
