import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { api, data, LEVELS } from '../api.ts';
import type { operations } from '../api/schema.d.ts';
import '../coding/coding.css';
import { ProblemMessage } from '../components/ProblemMessage.tsx';

type ProblemQuery = NonNullable<operations['listProblems']['parameters']['query']>;

export function CodingListPage() {
  const search = useSearch({ from: '/coding' });
  const navigate = useNavigate({ from: '/coding' });
  const problems = useQuery({
    queryKey: ['problems', search.level ?? 'all'],
    // The URL's level goes to the server as it is: it refuses a value it does not know, in words.
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/problems', { params: { query: { level: search.level } as ProblemQuery }, signal })),
    placeholderData: keepPreviousData,
  });
  const all = problems.data?.items ?? [];
  const { tag } = search;
  const tags = [...new Set([...all.flatMap((p) => p.tags), ...(tag ? [tag] : [])])].sort();
  const items = tag ? all.filter((p) => p.tags.includes(tag)) : all;

  const setFilter = (key: 'level' | 'tag', value: string) =>
    void navigate({ search: (prev) => ({ ...prev, [key]: value || undefined }) });

  return (
    <section aria-labelledby="coding-title">
      <h1 id="coding-title">Coding round</h1>
      <p className="lead">
        Solve a problem in TypeScript or JavaScript against the clock. Run the visible tests as you go, then submit:
        hidden tests, large inputs and a linter score correctness, efficiency and code quality, and the interviewer
        follows up.
      </p>
      <form className="filters" role="search" aria-label="Filter problems" onSubmit={(e) => e.preventDefault()}>
        <label>
          Level
          <select value={search.level ?? ''} onChange={(event) => setFilter('level', event.target.value)}>
            <option value="">All</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag
          <select value={search.tag ?? ''} onChange={(event) => setFilter('tag', event.target.value)}>
            <option value="">All</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ProblemMessage error={problems.error} />
      <p aria-live="polite" className="hint">
        {problems.isPending ? 'Loading…' : `${items.length} problem${items.length === 1 ? '' : 's'}`}
      </p>
      <ol className="question-list problem-list" aria-busy={problems.isPending}>
        {problems.isPending &&
          Array.from({ length: 6 }, (_, index) => (
            <li key={index} className="card pending" aria-hidden="true">
              <span className="skeleton-line" />
            </li>
          ))}
        {items.map((problem) => (
          <li key={problem.id} className="card">
            <Link to="/coding/$id" params={{ id: problem.id }} className="question-link">
              {problem.title}
            </Link>
            <div className="meta">
              <span className={`badge level-${problem.level}`}>{problem.level}</span>
              {problem.tags.map((name) => (
                <span key={name} className="badge">
                  {name}
                </span>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
