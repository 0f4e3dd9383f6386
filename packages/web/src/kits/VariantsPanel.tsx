import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, data, type Schemas } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import type { KitSource, KitView } from './kit-edit.ts';

type Proposal = Schemas['KitVariants']['items'][number];

const toSource = (p: Proposal): KitSource =>
  p.questionId
    ? { kind: 'bank', questionId: p.questionId }
    : {
        kind: 'own',
        competency: p.competency,
        prompt: p.prompt,
        sampleAnswer: p.sampleAnswer,
        keyPoints: p.keyPoints,
        redFlags: p.redFlags,
      };

/** "Suggest variants": proposals from a role description, each accepted into the kit or rejected, one by one. */
export function VariantsPanel({ kit, onAccept }: { kit: KitView; onAccept: (q: KitSource) => void }) {
  const [description, setDescription] = useState('');
  const [decided, setDecided] = useState<Set<string>>(new Set());
  const propose = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/kits/{id}/variants', {
          params: { path: { id: kit.id } },
          body: { roleDescription: description },
        }),
      ),
    onSuccess: () => setDecided(new Set()),
  });
  const decide = (prompt: string) => setDecided((set) => new Set([...set, prompt]));
  const waiting = (propose.data?.items ?? []).filter((p) => !decided.has(p.prompt));

  return (
    <details>
      <summary>Suggest variants from a role description</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          propose.mutate();
        }}
      >
        <label>
          What the role does
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} minLength={10} />
        </label>
        <button type="submit" disabled={propose.isPending || description.trim().length < 10}>
          Suggest questions
        </button>
      </form>
      <ProblemMessage error={propose.error} />
      {propose.data && (
        <p className="hint">
          {propose.data.source === 'model'
            ? 'Written by the language model: review each before it joins the kit.'
            : 'No language model is configured (or it did not answer): these are the nearest bank questions.'}
        </p>
      )}
      {waiting.map((p) => (
        <article key={p.prompt} className="proposal" aria-label="Proposed question">
          <p>{p.prompt}</p>
          <p className="meta">
            {p.competency} · shows: {p.keyPoints.join('; ')}
            {p.redFlags.length > 0 && ` · red flags: ${p.redFlags.join('; ')}`}
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              decide(p.prompt);
              onAccept(toSource(p));
            }}
          >
            Accept
          </button>{' '}
          <button type="button" onClick={() => decide(p.prompt)}>
            Reject
          </button>
        </article>
      ))}
    </details>
  );
}
