import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { INTERVIEW_MINUTES } from '@rehearse/core/limits';
import { api, CATEGORIES, data, LEVELS, type Schemas } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { roundName, statusWords, when, words } from '../interview-words.ts';
import { useRetake } from '../use-retake.ts';

type Settings = Required<Schemas['InterviewSettingsInput']>;

const ROUND_CHOICES = [
  ['mixed', 'Full loop (mixed)'],
  ['background', 'Background'],
  ['concepts', 'Technical concepts'],
  ['design', 'API and system design'],
  ['behavioral', 'Behavioral'],
] as const;

/** "retake of 7 Dec, 10:20" when the interview retaken is in the list, else "retake". */
function RetakeBadge({ of, items }: { of: string; items: readonly { id: string; createdAt: string }[] }) {
  const original = items.find((item) => item.id === of);
  return <span className="badge">{original ? `retake of ${when(original.createdAt)}` : 'retake'}</span>;
}

export function PracticePage() {
  const navigate = useNavigate();
  const [categories, setCategories] = useState<Settings['categories']>([]);
  const history = useQuery({
    queryKey: ['interviews'],
    queryFn: () => data(api.GET('/api/v1/interviews')),
  });
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => data(api.DELETE('/api/v1/interviews/{id}', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['interviews'] }),
  });
  const retake = useRetake();
  const create = useMutation({
    mutationFn: (body: Settings) => data(api.POST('/api/v1/interviews', { body })),
    onSuccess: (interview) => void navigate({ to: '/interviews/$id', params: { id: interview.id } }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      round: form.get('round') as Settings['round'],
      level: form.get('level') as Settings['level'],
      minutes: Number(form.get('minutes')),
      categories,
    });
  }

  const toggle = (category: Settings['categories'][number]) =>
    setCategories((current) =>
      current.includes(category) ? current.filter((c) => c !== category) : [...current, category],
    );

  return (
    <section aria-labelledby="practice-title">
      <h1 id="practice-title">Practice with the AI interviewer</h1>
      <p className="lead">
        Pick a round and a level. The interviewer asks, gives you time to think, follows up on what you missed, and
        scores every answer.
      </p>
      <form className="card" onSubmit={submit}>
        <div className="filters">
          <label>
            Round
            <select name="round" defaultValue="mixed">
              {ROUND_CHOICES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Level
            <select name="level" defaultValue="mid">
              {LEVELS.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </select>
          </label>
          <label>
            Length (minutes)
            <input
              name="minutes"
              type="number"
              min={INTERVIEW_MINUTES.min}
              max={INTERVIEW_MINUTES.max}
              defaultValue={INTERVIEW_MINUTES.default}
            />
          </label>
        </div>
        <fieldset className="categories">
          <legend>Categories (none chosen: all)</legend>
          {CATEGORIES.map((category) => (
            <label key={category} className="check">
              <input type="checkbox" checked={categories.includes(category)} onChange={() => toggle(category)} />{' '}
              {words(category)}
            </label>
          ))}
        </fieldset>
        <ProblemMessage error={create.error} />
        <button type="submit" className="primary" disabled={create.isPending}>
          Start the interview
        </button>
      </form>
      <div className="tiles">
        <Link to="/coding" className="tile card">
          <h2>Coding round</h2>
          <p>
            Solve a coding problem in TypeScript or JavaScript against the clock, then get scored on correctness,
            efficiency and code quality, with the interviewer&apos;s follow-up questions.
          </p>
        </Link>
        <Link to="/reviews" className="tile card">
          <h2>Code review round</h2>
          <p>
            Review a pull request as you would at work: comment on its lines, sum up and give a verdict, then see which
            planted issues you found and how a senior reviewer would have reviewed it.
          </p>
        </Link>
      </div>
      <h2>Your interviews</h2>
      {history.data?.items.length === 0 && <p className="hint">None yet.</p>}
      <ProblemMessage error={remove.error ?? retake.error} />
      <ul className="question-list">
        {history.data?.items.map((item) => (
          <li key={item.id} className="card interview-item">
            <Link to="/interviews/$id" params={{ id: item.id }}>
              {when(item.createdAt)} · {roundName(item.settings.round)} · {item.settings.level} · {item.questionCount}{' '}
              questions
            </Link>{' '}
            <span className="badge">{statusWords(item.status)}</span>
            {item.retakeOf && <RetakeBadge of={item.retakeOf} items={history.data?.items ?? []} />}
            {item.status === 'completed' && (
              <button
                type="button"
                className="link-button"
                disabled={retake.isPending}
                onClick={() => retake.mutate(item.id)}
              >
                Retake
              </button>
            )}
            <button
              type="button"
              className="link-button"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm('Delete this interview, its answers and its recordings? This cannot be undone.'))
                  remove.mutate(item.id);
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
