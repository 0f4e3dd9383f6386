import { Link } from '@tanstack/react-router';
import type { Schemas } from '../api.ts';

type HandsOn = Schemas['Interview']['handsOn'];

const ROUND = { coding: 'Coding round', review: 'Code review' } as const;

/** A full loop's coding problem and pull request, after the conversation: start each, then see its best score. */
export function HandsOnRounds({ interviewId, rounds }: { interviewId: string; rounds: HandsOn }) {
  if (!rounds.length) return null;
  return (
    <section className="card" aria-labelledby="hands-on-title">
      <h2 id="hands-on-title">Hands-on rounds</h2>
      <p className="muted">This full loop goes on with a coding problem and a pull request to review.</p>
      <ul className="hands-on">
        {rounds.map((round) => (
          <li key={round.kind}>
            <span>
              <strong>{ROUND[round.kind]}</strong>: {round.title} <span className="muted">({round.minutes} min)</span>
            </span>
            {round.result ? <span className="badge">Best score {round.result.overall}</span> : null}
            {round.kind === 'coding' ? (
              <Link to="/coding/$id" params={{ id: round.id }} search={{ interview: interviewId }}>
                {round.result ? 'Try again' : 'Start'}
              </Link>
            ) : (
              <Link to="/reviews/$id" params={{ id: round.id }} search={{ interview: interviewId }}>
                {round.result ? 'Review again' : 'Start'}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On a coding or review page opened from a full loop: where it belongs, and the way back. */
export function LoopBanner({ interviewId, round }: { interviewId: string; round: keyof typeof ROUND }) {
  return (
    <p className="card loop-banner">
      The {ROUND[round].toLowerCase()} of your full loop: what you submit here counts for it.{' '}
      <Link to="/interviews/$id" params={{ id: interviewId }}>
        Back to the interview
      </Link>
    </p>
  );
}
