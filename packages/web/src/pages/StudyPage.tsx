import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { api, CATEGORIES, data, LEVELS, ROUNDS } from '../api.ts';
import type { operations } from '../api/schema.d.ts';
import { FilterSelect } from '../components/FilterSelect.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { CategoryChecklist } from '../study/Checklist.tsx';
import { DueCounts, totalDue } from '../study/DueCounts.tsx';
import { LimitsForm } from '../study/LimitsForm.tsx';
import { queueQuery } from '../study/queries.ts';
import { formatDueIn } from '../study/study-format.ts';
import '../study/study.css';

type ChecklistQuery = NonNullable<operations['getStudyChecklist']['parameters']['query']>;

const STATES = ['not-started', 'practised', 'confident'] as const;

export function StudyPage() {
  const search = useSearch({ from: '/study' });
  const navigate = useNavigate({ from: '/study' });
  const scope = { category: search.category, level: search.level, round: search.round };
  const queue = useQuery({ ...queueQuery(scope, 1), placeholderData: keepPreviousData });
  const checklist = useQuery({
    queryKey: ['study-checklist', { ...scope, state: search.state }],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/study/checklist', {
          params: { query: { ...scope, state: search.state } as ChecklistQuery },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const setFilter = (key: 'category' | 'level' | 'round' | 'state', value: string) =>
    void navigate({ search: (prev) => ({ ...prev, [key]: value || undefined }) });
  const now = Date.now();
  const due = queue.data ? totalDue(queue.data.counts) : 0;
  const items = checklist.data?.items ?? [];
  const categories = checklist.data?.categories ?? [];
  const totals = categories.reduce(
    (sum, c) => ({ total: sum.total + c.total, confident: sum.confident + c.confident }),
    { total: 0, confident: 0 },
  );

  return (
    <section aria-labelledby="study-title">
      <h1 id="study-title">Study</h1>
      <p className="lead">
        Flash cards of the bank, scheduled by spaced repetition (FSRS): recall the answer, reveal it, grade yourself.
        Answers you give in practice grade their cards too.
      </p>

      <form className="filters" role="search" aria-label="Filter study" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label="Category"
          value={search.category}
          options={CATEGORIES}
          onChange={(v) => setFilter('category', v)}
        />
        <FilterSelect label="Level" value={search.level} options={LEVELS} onChange={(v) => setFilter('level', v)} />
        <FilterSelect label="Round" value={search.round} options={ROUNDS} onChange={(v) => setFilter('round', v)} />
        <FilterSelect label="State" value={search.state} options={STATES} onChange={(v) => setFilter('state', v)} />
      </form>

      <section className="card study-due" aria-labelledby="due-title">
        <h2 id="due-title">Flash cards</h2>
        <ProblemMessage error={queue.error} />
        {queue.data && (
          <>
            <DueCounts counts={queue.data.counts} />
            {due > 0 ? (
              <Link to="/study/cards" search={scope} className="button primary">
                Study {due} {due === 1 ? 'card' : 'cards'}
              </Link>
            ) : (
              <p>
                Nothing is due now
                {queue.data.nextDue ? `: the next card is due ${formatDueIn(queue.data.nextDue, now)}.` : '.'}
                {queue.data.heldBack.review > 0 &&
                  ` ${queue.data.heldBack.review} more reviews wait for tomorrow (today's limit is reached).`}
              </p>
            )}
          </>
        )}
        {queue.data && <LimitsForm limits={queue.data.limits} />}
      </section>

      <section aria-labelledby="checklist-title">
        <h2 id="checklist-title">Checklist</h2>
        <ProblemMessage error={checklist.error} />
        <p className="hint" aria-live="polite">
          {checklist.isPending
            ? 'Loading…'
            : `${totals.confident} of ${totals.total} questions confident. Practised: answered or studied; confident: a card you recall a week or more apart.`}
        </p>
        {categories.map((progress) => {
          const inCategory = items.filter((item) => item.category === progress.category);
          // With a state asked for, only the categories that have such questions, opened.
          if (search.state && inCategory.length === 0) return null;
          return (
            <CategoryChecklist
              key={progress.category}
              progress={progress}
              items={inCategory}
              open={Boolean(search.category || search.state) || categories.length === 1}
              now={now}
            />
          );
        })}
      </section>
    </section>
  );
}
