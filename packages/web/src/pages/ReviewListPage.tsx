import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { api, data, LEVELS } from '../api.ts';
import type { operations } from '../api/schema.d.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { LANGUAGE_LABELS, languageLabel } from '../reviews/review-diff.ts';
import '../reviews/reviews.css';

type ExerciseQuery = NonNullable<operations['listReviewExercises']['parameters']['query']>;

/** The list's filters, each kept in the URL: the level asked of the server, the language picked here. */
const FILTERS = [
  { key: 'level', label: 'Level', options: LEVELS.map((level) => [level, level] as const) },
  { key: 'language', label: 'Language', options: Object.entries(LANGUAGE_LABELS) },
] as const;

export function ReviewListPage() {
  const search = useSearch({ from: '/reviews' });
  const navigate = useNavigate({ from: '/reviews' });
  const exercises = useQuery({
    queryKey: ['review-exercises', search.level ?? 'all'],
    // The URL's level goes to the server as it is: it refuses a value it does not know, in words.
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/review-exercises', {
          params: { query: { level: search.level } as ExerciseQuery },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const { language } = search;
  const all = exercises.data?.items ?? [];
  const items = language ? all.filter((e) => e.languages.some((l) => l === language)) : all;

  const setFilter = (key: (typeof FILTERS)[number]['key'], value: string) =>
    void navigate({ search: (prev) => ({ ...prev, [key]: value || undefined }) });

  return (
    <section aria-labelledby="reviews-title">
      <h1 id="reviews-title">Code review round</h1>
      <p className="lead">
        Review a pull request against the clock, as you would at work: comment on its lines, write a summary and choose
        a verdict. Then see which of the planted issues you found, what you missed and how a senior reviewer would have
        reviewed it.
      </p>
      <form className="filters" role="search" aria-label="Filter exercises" onSubmit={(e) => e.preventDefault()}>
        {FILTERS.map((filter) => (
          <label key={filter.key}>
            {filter.label}
            <select value={search[filter.key] ?? ''} onChange={(event) => setFilter(filter.key, event.target.value)}>
              <option value="">All</option>
              {filter.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </form>
      <ProblemMessage error={exercises.error} />
      <p aria-live="polite" className="hint">
        {exercises.isPending ? 'Loading…' : `${items.length} pull request${items.length === 1 ? '' : 's'}`}
      </p>
      <ol className="question-list exercise-list" aria-busy={exercises.isPending}>
        {exercises.isPending &&
          Array.from({ length: 6 }, (_, index) => (
            <li key={index} className="card pending" aria-hidden="true">
              <span className="skeleton-line" />
            </li>
          ))}
        {items.map((exercise) => (
          <li key={exercise.id} className="card">
            <Link to="/reviews/$id" params={{ id: exercise.id }} className="question-link">
              {exercise.title}
            </Link>
            <div className="meta">
              <span className={`badge review-level level-${exercise.level}`}>{exercise.level}</span>
              {exercise.languages.map((name) => (
                <span key={name} className="badge">
                  {languageLabel(name)}
                </span>
              ))}
              <span className="hint">{exercise.minutes} min</span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
