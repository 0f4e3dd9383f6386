import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, data, type Schemas } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';

type Limits = Schemas['StudyLimits'];

/** The daily limits of the queue: how many new cards to introduce and reviews to answer in a study day. */
export function LimitsForm({ limits }: { limits: Limits }) {
  const queryClient = useQueryClient();
  const [newPerDay, setNewPerDay] = useState(String(limits.newPerDay));
  const [reviewsPerDay, setReviewsPerDay] = useState(String(limits.reviewsPerDay));
  const save = useMutation({
    mutationFn: () =>
      data(
        api.PUT('/api/v1/study/settings', {
          body: { newPerDay: Number(newPerDay), reviewsPerDay: Number(reviewsPerDay) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['study-queue'] }),
  });
  return (
    <details className="card">
      <summary>Daily limits</summary>
      <form
        className="limits"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <label>
          New cards per day
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={9999}
            value={newPerDay}
            onChange={(event) => setNewPerDay(event.target.value)}
          />
        </label>
        <label>
          Reviews per day
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={9999}
            value={reviewsPerDay}
            onChange={(event) => setReviewsPerDay(event.target.value)}
          />
        </label>
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save limits'}
        </button>
      </form>
      <p className="hint" aria-live="polite">
        {save.isSuccess
          ? 'Saved.'
          : 'A study day turns over at 4 a.m. your time. Cards still learning are never held back.'}
      </p>
      <ProblemMessage error={save.error} />
    </details>
  );
}
