import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, CATEGORIES, data } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { kitKeys } from './kit-queries.ts';
import { lines, saveQuestions, toSource, type KitSource, type KitView } from './kit-edit.ts';
import { VariantsPanel } from './VariantsPanel.tsx';

type Category = (typeof CATEGORIES)[number];

/** The kit's questions to change: bank suggestions, the team's own questions, proposals; order and removal. */
export function KitEditor({ kit }: { kit: KitView }) {
  const client = useQueryClient();
  const sources = kit.questions.map(toSource);
  const save = useMutation({
    mutationFn: (questions: KitSource[]) => saveQuestions(kit, questions),
    onSuccess: (saved) => {
      client.setQueryData(kitKeys.kit(kit.id), saved);
      void client.invalidateQueries({ queryKey: kitKeys.kits });
    },
  });
  const inKit = kit.questions.filter((q) => q.source === 'bank').map((q) => q.key);
  const suggestions = useQuery({
    queryKey: ['kit-suggestions', kit.level, kit.competencies, inKit],
    queryFn: () =>
      data(
        api.GET('/api/v1/kit-suggestions', {
          params: { query: { level: kit.level, competencies: kit.competencies.join(','), exclude: inKit.join(',') } },
        }),
      ),
  });
  const move = (from: number, to: number) => {
    const next = [...sources];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    save.mutate(next);
  };

  return (
    <section className="card" aria-labelledby="edit-title">
      <h2 id="edit-title">Change the questions</h2>
      <ProblemMessage error={save.error} />
      <ol>
        {kit.questions.map((q, i) => (
          <li key={q.key}>
            {q.prompt.slice(0, 90)}{' '}
            <button type="button" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move ${i + 1} up`}>
              ↑
            </button>
            <button type="button" onClick={() => save.mutate(sources.filter((_, j) => j !== i))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <h3>Suggested from the bank</h3>
      <ProblemMessage error={suggestions.error} />
      <ul aria-label="Suggested questions">
        {(suggestions.data?.items ?? []).slice(0, 8).map((s) => (
          <li key={s.id}>
            {s.prompt.slice(0, 110)}{' '}
            <span className="meta">
              ({s.category}, {s.level})
            </span>{' '}
            <button type="button" onClick={() => save.mutate([...sources, { kind: 'bank', questionId: s.id }])}>
              Add
            </button>
          </li>
        ))}
      </ul>
      <OwnQuestionForm
        competencies={kit.competencies}
        onAdd={(question) => save.mutate([...sources, question])}
        busy={save.isPending}
      />
      <VariantsPanel kit={kit} onAccept={(question) => save.mutate([...sources, question])} />
    </section>
  );
}

function OwnQuestionForm(props: { competencies: Category[]; onAdd: (q: KitSource) => void; busy: boolean }) {
  const [prompt, setPrompt] = useState('');
  const [competency, setCompetency] = useState<Category>(props.competencies[0] ?? 'system-design');
  const [sampleAnswer, setSampleAnswer] = useState('');
  const [keyPoints, setKeyPoints] = useState('');
  const [redFlags, setRedFlags] = useState('');
  return (
    <details>
      <summary>Write a question of our own</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onAdd({
            kind: 'own',
            competency,
            prompt,
            sampleAnswer,
            keyPoints: lines(keyPoints),
            redFlags: lines(redFlags),
          });
          setPrompt('');
          setSampleAnswer('');
          setKeyPoints('');
          setRedFlags('');
        }}
      >
        <label>
          Question
          <textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} required minLength={10} rows={2} />
        </label>
        <label>
          Competency
          <select value={competency} onChange={(e) => setCompetency(e.target.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Sample answer
          <textarea value={sampleAnswer} onChange={(e) => setSampleAnswer(e.target.value)} rows={3} />
        </label>
        <label>
          What a good answer shows (one a line)
          <textarea value={keyPoints} onChange={(e) => setKeyPoints(e.target.value)} required rows={3} />
        </label>
        <label>
          Red flags (one a line)
          <textarea value={redFlags} onChange={(e) => setRedFlags(e.target.value)} rows={2} />
        </label>
        <button type="submit" disabled={props.busy || prompt.trim().length < 10 || lines(keyPoints).length === 0}>
          Add our question
        </button>
      </form>
    </details>
  );
}
