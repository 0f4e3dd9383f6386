// Runs inside the benchmark's server process: reports, without changing anything, when each step of a turn's
// feedback happens, and how long the event loop was blocked (a stall delays every request, not just this one).
import type { Dependencies } from '../packages/server/src/composition.ts';
import type { Recording } from '../packages/server/src/modules/recordings/recordings.service.ts';

export interface Mark {
  name: 'attached' | 'job-start' | 'job-end' | 'transcribe-start' | 'transcribe-end';
  /** The turn's row id (interview:turn), or the question id for transcription. */
  key: string;
  /** Epoch milliseconds, comparable across processes on one machine. */
  at: number;
  /** Event loop time lost to stalls of over 50 ms since the server started. */
  blockedMs: number;
  /** The longest single stall since the last job started (or since the server started, before any job). */
  longestStallMs: number;
}

const TICK_MS = 10;
const STALL_MS = 50;

export function observeServer(report: (mark: Mark) => void) {
  let blockedMs = 0;
  let longestStallMs = 0;
  let last = performance.now();
  const stalled = (now: number) => (now - last > STALL_MS ? now - last - TICK_MS : 0);
  setInterval(() => {
    const now = performance.now();
    blockedMs += stalled(now);
    longestStallMs = Math.max(longestStallMs, stalled(now));
    last = now;
  }, TICK_MS).unref();
  const mark = (name: Mark['name'], key: string) => {
    const now = performance.now();
    if (name === 'job-start') longestStallMs = 0;
    const pending = stalled(now);
    report({
      ...{ name, key, at: performance.timeOrigin + now },
      ...{ blockedMs: blockedMs + pending, longestStallMs: Math.max(longestStallMs, pending) },
    });
  };
  async function timed<T>(start: Mark['name'], end: Mark['name'], key: string, work: () => Promise<T>) {
    mark(start, key);
    try {
      return await work();
    } finally {
      mark(end, key);
    }
  }

  return {
    /** Called by the composition after the finished upload was recorded and attached to its turn. */
    onRecordingReady: (recording: Recording) => Promise.resolve(mark('attached', recording.answerId ?? '')),

    /** The job queue and the answers service call these through the same objects, so wrapping them observes. */
    wrap({ answers, speech }: Dependencies) {
      // Every argument is passed on: the wrapped functions' signatures evolve, and an argument dropped here
      // would change what the server does.
      const analyse = answers.analyse.bind(answers);
      answers.analyse = (...args: Parameters<typeof analyse>) =>
        timed('job-start', 'job-end', args[0], () => analyse(...args));
      const hear = speech.hear.bind(speech);
      speech.hear = (...args: Parameters<typeof hear>) =>
        timed('transcribe-start', 'transcribe-end', args[1].id, () => hear(...args));
    },
  };
}
