import { useEffect, useState } from 'react';

/**
 * The thinking time before revealing: a countdown from `seconds`, shown as a number and a shrinking bar. It says
 * "time is up" once, politely, to a screen reader; the seconds themselves are not announced.
 */
export function ThinkingTimer({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const endsAt = Date.now() + seconds * 1000;
    const timer = setInterval(() => {
      const next = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setLeft(next);
      if (next === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds]);
  const minutes = Math.floor(left / 60);
  const clock = `${minutes}:${String(left % 60).padStart(2, '0')}`;
  return (
    <div className="thinking">
      <p className="hint">
        Thinking time{' '}
        <span role="timer" aria-label={`${left} seconds left`} className="timer">
          {clock}
        </span>
        <span aria-live="polite">{left === 0 ? ' — time is up: say your answer, then reveal.' : ''}</span>
      </p>
      <div className="thinking-bar" aria-hidden="true">
        <span style={{ width: `${(100 * left) / seconds}%` }} />
      </div>
    </div>
  );
}
