import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { api, data, type Schemas } from '../../api.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { kitKeys, kitQuery, RECOMMENDATION_WORDS, scorecardsQuery } from '../../kits/kit-queries.ts';
import type { KitQuestion, KitView } from '../../kits/kit-edit.ts';
import '../../kits/kits.css';

type Card = Schemas['Scorecard'];
type Recommendation = keyof typeof RECOMMENDATION_WORDS;
interface Entry {
  keyPointsHeard: string[];
  rating: 1 | 2 | 3 | 4 | null;
  notes: string;
}

/** The interviewer's live scorecard: key points heard, a rating on the anchored scale and notes per question. */
export function ScorecardPage() {
  const { id } = useParams({ from: '/kits/$id/score' });
  const { candidate } = useSearch({ from: '/kits/$id/score' });
  const navigate = useNavigate({ from: '/kits/$id/score' });
  const kit = useQuery(kitQuery(id));
  const cards = useQuery(scorecardsQuery(id));
  const [name, setName] = useState(candidate ?? '');
  const mine = cards.data?.items.find((c) => c.mine && c.candidate === candidate);

  return (
    <section aria-labelledby="score-title">
      <p>
        <Link to="/kits/$id" params={{ id }}>
          ← {kit.data ? `${kit.data.role} (${kit.data.level})` : 'The kit'}
        </Link>
      </p>
      <h1 id="score-title">{candidate ? `Scorecard: ${candidate}` : 'Score a candidate'}</h1>
      <ProblemMessage error={kit.error ?? cards.error} />
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({ search: { candidate: name.trim() } });
        }}
      >
        <label className="grow">
          Candidate
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </label>
        <button type="submit" disabled={!name.trim()}>
          Score this candidate
        </button>
      </form>
      {kit.data && candidate && cards.data && (
        <ScoreForm key={candidate} kit={kit.data} candidate={candidate} existing={mine} />
      )}
    </section>
  );
}

function ScoreForm({ kit, candidate, existing }: { kit: KitView; candidate: string; existing: Card | undefined }) {
  const client = useQueryClient();
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(
      kit.questions.map((q) => {
        const saved = existing?.entries.find((e) => e.questionKey === q.key);
        return [q.key, saved ?? { keyPointsHeard: [], rating: null, notes: '' }];
      }),
    ),
  );
  const [recommendation, setRecommendation] = useState<Recommendation | null>(existing?.recommendation ?? null);
  const [savedId, setSavedId] = useState(existing?.id);
  const save = useMutation({
    mutationFn: (submitted: boolean) => {
      const body = {
        candidate,
        entries: kit.questions.map((q) => ({ questionKey: q.key, ...entries[q.key]! })),
        recommendation,
        submitted,
      };
      return savedId
        ? data(
            api.PUT('/api/v1/kits/{id}/scorecards/{scorecardId}', {
              params: { path: { id: kit.id, scorecardId: savedId } },
              body,
            }),
          )
        : data(api.POST('/api/v1/kits/{id}/scorecards', { params: { path: { id: kit.id } }, body }));
    },
    onSuccess: (card) => {
      setSavedId(card.id);
      void client.invalidateQueries({ queryKey: kitKeys.kit(kit.id) });
    },
  });
  const change = (key: string, patch: Partial<Entry>) =>
    setEntries((all) => ({ ...all, [key]: { ...all[key]!, ...patch } }));
  const submitted = existing?.submitted || save.data?.submitted;

  return (
    <form onSubmit={(event) => event.preventDefault()}>
      {kit.questions.map((q, i) => (
        <QuestionScore key={q.key} question={q} index={i} entry={entries[q.key]!} onChange={(p) => change(q.key, p)} />
      ))}
      <fieldset className="card">
        <legend>Overall recommendation</legend>
        {(Object.keys(RECOMMENDATION_WORDS) as Recommendation[]).map((r) => (
          <label key={r} className="check">
            <input
              type="radio"
              name="recommendation"
              checked={recommendation === r}
              onChange={() => setRecommendation(r)}
            />{' '}
            {RECOMMENDATION_WORDS[r]}
          </label>
        ))}
      </fieldset>
      <ProblemMessage error={save.error} />
      <div className="kit-actions">
        {!submitted && (
          <button type="button" onClick={() => save.mutate(false)} disabled={save.isPending}>
            Save draft
          </button>
        )}
        <button type="button" className="primary" onClick={() => save.mutate(true)} disabled={save.isPending}>
          {submitted ? 'Save changes' : 'Submit scorecard'}
        </button>
        {save.isSuccess && <span role="status">{save.data.submitted ? 'Submitted.' : 'Draft saved.'}</span>}
      </div>
      <p className="hint">
        Until you submit, the other interviewers' scores of {candidate} stay hidden from you, and yours from them.
      </p>
      {submitted && (
        <Link to="/kits/$id/calibration" params={{ id: kit.id }} search={{ candidate }}>
          See how the interviewers agree on {candidate}
        </Link>
      )}
    </form>
  );
}

function QuestionScore(props: {
  question: KitQuestion;
  index: number;
  entry: Entry;
  onChange: (p: Partial<Entry>) => void;
}) {
  const { question, index, entry, onChange } = props;
  const toggle = (pointId: string) =>
    onChange({
      keyPointsHeard: entry.keyPointsHeard.includes(pointId)
        ? entry.keyPointsHeard.filter((p) => p !== pointId)
        : [...entry.keyPointsHeard, pointId],
    });
  return (
    <fieldset className="card kit-question">
      <legend>
        {index + 1}. {question.prompt}
      </legend>
      <fieldset className="key-points-heard">
        <legend className="meta">Key points heard</legend>
        {question.keyPoints.map((p) => (
          <label key={p.id} className="check">
            <input type="checkbox" checked={entry.keyPointsHeard.includes(p.id)} onChange={() => toggle(p.id)} />{' '}
            {p.label}
          </label>
        ))}
      </fieldset>
      {question.redFlags.length > 0 && (
        <details>
          <summary>Red flags ({question.redFlags.length})</summary>
          <ul className="red-flags-inline">
            {question.redFlags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="rating-choices" role="radiogroup" aria-label={`Rating of question ${index + 1}`}>
        {question.scale.map((level) => (
          <label key={level.rating}>
            <input
              type="radio"
              name={`rating-${question.key}`}
              checked={entry.rating === level.rating}
              onChange={() => onChange({ rating: level.rating })}
            />
            <span>
              <strong>
                {level.rating} · {level.label}
              </strong>{' '}
              {level.description}
            </span>
          </label>
        ))}
      </div>
      <label>
        Notes
        <textarea value={entry.notes} onChange={(e) => onChange({ notes: e.target.value })} rows={2} maxLength={5000} />
      </label>
    </fieldset>
  );
}
