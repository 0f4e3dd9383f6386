import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, CATEGORIES, data, ROUNDS } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { AnswerReplay } from '../progress/AnswerReplay.tsx';
import { startOfLocalDay, when, words, type HistoryItemView } from '../progress/progress.ts';
import '../progress/progress.css';

interface Filters {
  q: string;
  category: string;
  round: string;
  from: string;
  to: string;
  minScore: string;
}

const NO_FILTERS: Filters = { q: '', category: '', round: '', from: '', to: '', minScore: '' };
const KIND_LABELS: Record<HistoryItemView['kind'], string> = {
  'interview-answer': 'interview',
  'typed-answer': 'typed answer',
  coding: 'coding',
  review: 'code review',
};

/** The filters as the API's query: empty fields left out, local dates as instants. */
function queryOf(filters: Filters) {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.category ? { category: filters.category as (typeof CATEGORIES)[number] } : {}),
    ...(filters.round ? { round: filters.round as (typeof ROUNDS)[number] } : {}),
    ...(filters.from ? { from: startOfLocalDay(filters.from) } : {}),
    ...(filters.to ? { to: startOfLocalDay(filters.to, 1) } : {}),
    ...(filters.minScore ? { minScore: Number(filters.minScore) } : {}),
  };
}

export function HistoryPage() {
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const history = useInfiniteQuery({
    queryKey: ['history', filters],
    queryFn: ({ pageParam }) =>
      data(
        api.GET('/api/v1/history', {
          params: { query: { ...queryOf(filters), limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  const set = (field: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: event.target.value });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };

  return (
    <section aria-labelledby="history-title" className="progress-page">
      <h1 id="history-title">History</h1>
      <p className="lead">
        Every answer and attempt, newest first. Replay an answer, or set your attempts at a question side by side.
      </p>
      <form className="card history-filters" role="search" onSubmit={apply}>
        <label className="grow">
          Search questions and answers
          <input type="search" value={draft.q} onChange={set('q')} placeholder="idempotency, index, retry…" />
        </label>
        <label>
          Category
          <select value={draft.category} onChange={set('category')}>
            <option value="">Any</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {words(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Round
          <select value={draft.round} onChange={set('round')}>
            <option value="">Any</option>
            {ROUNDS.map((r) => (
              <option key={r} value={r}>
                {words(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={draft.from} onChange={set('from')} />
        </label>
        <label>
          To
          <input type="date" value={draft.to} onChange={set('to')} />
        </label>
        <label>
          Score at least
          <input
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            value={draft.minScore}
            onChange={set('minScore')}
          />
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            Search
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters(NO_FILTERS);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <ProblemMessage error={history.error} />
      <p className="hint" role="status">
        {history.isPending ? 'Loading…' : `${items.length}${history.hasNextPage ? '+' : ''} found`}
      </p>
      <ul className="history-list" aria-busy={history.isPending}>
        {items.map((item) => (
          <HistoryEntry key={`${item.kind}:${item.id}`} item={item} />
        ))}
      </ul>
      {history.hasNextPage && (
        <button type="button" onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          Show more
        </button>
      )}
    </section>
  );
}

function HistoryEntry({ item }: { item: HistoryItemView }) {
  const [open, setOpen] = useState<'replay' | 'compare' | null>(null);
  const isAnswer = item.kind === 'interview-answer' || item.kind === 'typed-answer';
  return (
    <li data-testid="history-item">
      <strong>{item.title}</strong>
      <div className="meta">
        <span className="badge">{KIND_LABELS[item.kind]}</span>
        {item.category && <span className="badge">{words(item.category)}</span>}
        <span className="badge">score {item.score ?? '—'}</span>
        <time className="hint" dateTime={item.createdAt}>
          {when(item.createdAt)}
        </time>
      </div>
      {item.excerpt && <p className="excerpt">{item.excerpt}</p>}
      <div className="actions">
        {isAnswer && (
          <>
            <button
              type="button"
              aria-expanded={open === 'replay'}
              onClick={() => setOpen(open === 'replay' ? null : 'replay')}
            >
              {open === 'replay' ? 'Hide' : 'Replay'}
            </button>
            <button
              type="button"
              aria-expanded={open === 'compare'}
              onClick={() => setOpen(open === 'compare' ? null : 'compare')}
            >
              All attempts side by side
            </button>
          </>
        )}
        {item.interviewId && (
          <Link to="/interviews/$id" params={{ id: item.interviewId }}>
            The session and its report
          </Link>
        )}
        {item.kind === 'coding' && <a href={`/coding/${item.itemId}`}>Open the problem</a>}
        {item.kind === 'review' && <a href={`/reviews/${item.itemId}`}>Open the pull request</a>}
      </div>
      {open === 'replay' && <Replay id={item.id} />}
      {open === 'compare' && <SideBySide questionId={item.itemId} />}
    </li>
  );
}

function Replay({ id }: { id: string }) {
  const answer = useQuery({
    queryKey: ['history-answer', id],
    queryFn: () => data(api.GET('/api/v1/history/answers/{id}', { params: { path: { id } } })),
  });
  if (answer.error) return <ProblemMessage error={answer.error} />;
  if (!answer.data) return <p className="hint">Loading the answer…</p>;
  return (
    <div className="card">
      <AnswerReplay turn={answer.data.answer} heading={answer.data.prompt} />
      {answer.data.followUps.map((turn) => (
        <AnswerReplay key={turn.turnId} turn={turn} heading={`Follow-up: ${turn.prompt}`} />
      ))}
    </div>
  );
}

function SideBySide({ questionId }: { questionId: string }) {
  const attempts = useQuery({
    queryKey: ['question-attempts', questionId],
    queryFn: () => data(api.GET('/api/v1/history/questions/{questionId}', { params: { path: { questionId } } })),
  });
  if (attempts.error) return <ProblemMessage error={attempts.error} />;
  if (!attempts.data) return <p className="hint">Loading your attempts…</p>;
  return (
    <div className="side-by-side" data-testid="side-by-side" tabIndex={0} aria-label="Your attempts, oldest first">
      {attempts.data.attempts.map((attempt, index) => (
        <article key={attempt.id}>
          <AnswerReplay turn={attempt.answer} heading={`Attempt ${index + 1} · ${when(attempt.createdAt)}`} />
        </article>
      ))}
    </div>
  );
}
