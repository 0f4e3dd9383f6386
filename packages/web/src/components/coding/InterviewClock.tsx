import { useEffect, useState } from 'react';
import { clockInWords, formatClock } from '../../coding/coding.ts';

/**
 * The time spent on the problem, like an interviewer's clock: it starts with the page and can be paused. It reads
 * its time from the wall clock, so a throttled background tab does not slow it down.
 */
export function InterviewClock() {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  // While paused: the elapsed time when it was paused; while running: null.
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (pausedAt !== null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [pausedAt]);

  const elapsed = pausedAt ?? now - startedAt;
  const toggle = () => {
    if (pausedAt === null) {
      setPausedAt(Date.now() - startedAt);
    } else {
      const resumed = Date.now();
      setStartedAt(resumed - pausedAt);
      setNow(resumed);
      setPausedAt(null);
    }
  };

  return (
    <div className="interview-clock" role="group" aria-label="Interview clock">
      <span className="timer clock-face" role="timer" aria-label={`Time spent: ${clockInWords(elapsed)}`}>
        <span className="hint" aria-hidden="true">
          Time
        </span>{' '}
        {formatClock(elapsed)}
      </span>
      {pausedAt !== null && <span className="visually-hidden">paused</span>}
      <button type="button" className="clock-toggle" onClick={toggle}>
        {pausedAt === null ? 'Pause' : 'Resume'}
      </button>
    </div>
  );
}
