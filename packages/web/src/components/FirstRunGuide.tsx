import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, data, LEVELS } from '../api.ts';
import { ANSWER_MODE_KEY } from '../interviews.ts';
import { ProblemMessage } from './ProblemMessage.tsx';

/** Set once the candidate started through the guide or put it away: it is not shown again in this browser. */
export const GUIDE_DONE_KEY = 'rehearse.firstRunGuideDone';

type Level = (typeof LEVELS)[number];

/**
 * A new candidate's way in: one click starts a short concepts interview at their level, answered by typing, and
 * opens its first question. Shown on the home page until they have an interview or put it away.
 */
export function FirstRunGuide({ onDismiss }: { onDismiss: () => void }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const level = new FormData(event.currentTarget).get('level') as Level;
    setBusy(true);
    setError(null);
    try {
      const interview = await data(
        api.POST('/api/v1/interviews', { body: { round: 'concepts', level, minutes: 10, categories: [] } }),
      );
      // Straight to the first question: the guide said what the interview's introduction would.
      await data(
        api.POST('/api/v1/interviews/{id}/events', {
          params: { path: { id: interview.id } },
          body: { event: 'start', expectedVersion: interview.state.version },
        }),
      );
      localStorage.setItem(ANSWER_MODE_KEY, 'typed');
      localStorage.setItem(GUIDE_DONE_KEY, 'started');
      await navigate({ to: '/interviews/$id', params: { id: interview.id } });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <section className="card guide" aria-labelledby="guide-title" data-testid="first-run-guide">
      <h2 id="guide-title">Your first question, in a minute</h2>
      <ol>
        <li>Choose your level, then start: a 10-minute interview on technical concepts.</li>
        <li>Read the question, think, and type your answer (voice and camera can wait).</li>
        <li>Get feedback at once: each point you made is marked in your own words, with what to add next.</li>
      </ol>
      <form onSubmit={(event) => void start(event)} className="guide-start">
        <label>
          Your level
          <select name="level" defaultValue="mid">
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Starting…' : 'Start a 10-minute concepts interview'}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            localStorage.setItem(GUIDE_DONE_KEY, 'dismissed');
            onDismiss();
          }}
        >
          Not now
        </button>
      </form>
      <ProblemMessage error={error} />
    </section>
  );
}
