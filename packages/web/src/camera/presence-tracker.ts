// Samples the camera preview about twice a second while an answer is recorded, and has the face worker judge
// each frame. Loaded with a dynamic import in video mode only, so the face check never weighs on the main bundle.
import { CAMERA_LIMITS, type CameraSample } from '@rehearse/core/camera';
import type { WorkerReply, WorkerRequest } from './face.worker.ts';

/** What the candidate sees: the check is loading, ready, sees a face or none, or cannot run here. */
export type PresenceStatus = 'loading' | 'ready' | 'face' | 'no-face' | 'unavailable';

export const FRAME_INTERVAL_MS = 500;

export interface PresenceTracker {
  /** Starts sampling `video` (the camera preview) for a new answer, its clock at zero. */
  start(video: HTMLVideoElement): void;
  /** Stops sampling; the answer's frames, or null when none were analysed (the check never ran). */
  stop(): CameraSample[] | null;
  /** Ends the worker. */
  close(): void;
}

/** Starts the face worker at once (it loads its models while the candidate reads the question). */
export function createPresenceTracker(onStatus: (status: PresenceStatus) => void): PresenceTracker {
  const worker = new Worker(new URL('./face.worker.ts', import.meta.url), { type: 'module' });
  let status: PresenceStatus = 'loading';
  let samples: CameraSample[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  let video: HTMLVideoElement | null = null;
  let startedAt = 0;
  /** Counts answers, so a frame judged after its answer ended is not counted in the next. */
  let answer = 0;
  let pending: number | null = null;

  const setStatus = (next: PresenceStatus) => {
    if (status === 'unavailable' || next === status) return;
    status = next;
    onStatus(next);
  };
  worker.onerror = () => setStatus('unavailable');
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === 'ready') setStatus('ready');
    else if (reply.type === 'failed') setStatus('unavailable');
    else {
      const fromThisAnswer = pending === answer;
      pending = null;
      if (!fromThisAnswer || timer === undefined) return;
      if (samples.length < CAMERA_LIMITS.maxSamples) samples.push(reply.sample);
      setStatus(reply.sample.faceInFrame ? 'face' : 'no-face');
    }
  };

  async function sample() {
    const atSeconds = (performance.now() - startedAt) / 1000;
    // One frame at a time: when the worker is still busy, this tick is skipped rather than queued.
    if (pending !== null || status === 'loading' || status === 'unavailable' || !video?.videoWidth) return;
    if (atSeconds > CAMERA_LIMITS.maxSeconds) return;
    pending = answer;
    try {
      const bitmap = await createImageBitmap(video);
      worker.postMessage({ bitmap, atSeconds } satisfies WorkerRequest, [bitmap]);
    } catch {
      pending = null; // no frame to grab yet
    }
  }

  return {
    start(preview) {
      video = preview;
      answer++;
      samples = [];
      startedAt = performance.now();
      clearInterval(timer);
      timer = setInterval(() => void sample(), FRAME_INTERVAL_MS);
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      video = null;
      answer++;
      if (status === 'face' || status === 'no-face') setStatus('ready');
      const taken = samples;
      samples = [];
      return taken.length > 0 ? taken : null;
    },
    close() {
      clearInterval(timer);
      worker.terminate();
    },
  };
}
