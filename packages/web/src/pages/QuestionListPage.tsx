import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { promptWords } from '@rehearse/core/questions/prompt-text';
import { api, CATEGORIES, data, LEVELS, ROUNDS } from '../api.ts';
import type { operations } from '../api/schema.d.ts';
import { FilterSelect } from '../components/FilterSelect.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { words } from '../interview-words.ts';

type QuestionQuery = NonNullable<operations['listQuestions']['parameters']['query']>;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function QuestionListPage() {
  const search = useSearch({ from: '/questions' });
  const navigate = useNavigate({ from: '/questions' });
  const [text, setText] = useState(search.q ?? '');
  const q = useDebounced(text, 200);

  useEffect(() => {
    if ((search.q ?? '') !== q) void navigate({ search: (prev) => ({ ...prev, q: q || undefined }), replace: true });
  }, [q, search.q, navigate]);

  const filters = { q: search.q, category: search.category, level: search.level, round: search.round };
  const results = useInfiniteQuery({
    queryKey: ['questions', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => {
      // The URL's filters go to the server as they are: it refuses a value it does not know, in words.
      const query = { ...filters, limit: 25, cursor: pageParam } as QuestionQuery;
      return data(api.GET('/api/v1/questions', { params: { query }, signal }));
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // A new filter keeps the current list on screen until its results arrive, rather than emptying the page.
    placeholderData: keepPreviousData,
  });
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];

  const setFilter = (key: 'category' | 'level' | 'round', value: string) =>
    void navigate({ search: (prev) => ({ ...prev, [key]: value || undefined }) });

  return (
    <section aria-labelledby="bank-title">
      <h1 id="bank-title">Question bank</h1>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label className="grow">
          Search
          <input
            type="search"
            value={text}
            placeholder="e.g. how do you stop two users overwriting each other"
            onChange={(event) => setText(event.target.value)}
            aria-controls="question-results"
          />
        </label>
        <FilterSelect
          label="Category"
          value={search.category}
          options={CATEGORIES}
          onChange={(v) => setFilter('category', v)}
        />
        <FilterSelect label="Level" value={search.level} options={LEVELS} onChange={(v) => setFilter('level', v)} />
        <FilterSelect label="Round" value={search.round} options={ROUNDS} onChange={(v) => setFilter('round', v)} />
      </form>
      <ProblemMessage error={results.error} />
      <p aria-live="polite" className="hint">
        {results.isPending
          ? 'Searching…'
          : `${items.length}${results.hasNextPage ? '+' : ''} questions${search.q ? ', best match first' : ''}`}
      </p>
      <ol id="question-results" className="question-list" aria-busy={results.isPending}>
        {results.isPending && <PendingItems count={6} />}
        {items.map((question) => (
          <li key={question.id} className="card">
            <Link to="/questions/$id" params={{ id: question.id }} className="question-link">
              {promptWords(question.prompt)}
            </Link>
            <div className="meta">
              <span className="badge">{words(question.category)}</span>
              <span className="badge">{question.level}</span>
              <span className="badge">{words(question.round)}</span>
              {question.source === 'own' && <span className="badge own">yours</span>}
            </div>
          </li>
        ))}
      </ol>
      {results.hasNextPage && (
        <button type="button" onClick={() => void results.fetchNextPage()} disabled={results.isFetchingNextPage}>
          Load more
        </button>
      )}
    </section>
  );
}

/** Cards the size of a question's while the first page of results loads, so the list does not jump in. */
function PendingItems({ count }: { count: number }) {
  return Array.from({ length: count }, (_, index) => (
    <li key={index} className="card pending" aria-hidden="true">
      <span className="skeleton-line" />
      <div className="meta">
        <span className="badge">&nbsp;</span>
        <span className="badge">&nbsp;</span>
        <span className="badge">&nbsp;</span>
      </div>
    </li>
  ));
}
