import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CAMERA_LIMITS } from '@rehearse/core/camera';
import type { WorkerReply, WorkerRequest } from './face.worker.ts';
import { createPresenceTracker, FRAME_INTERVAL_MS, type PresenceStatus } from './presence-tracker.ts';

/** Stands in for the face worker: keeps what the page sends and lets the test reply. */
class FakeWorker {
  static last: FakeWorker;
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: WorkerRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data });
  }
  /** Judges the last frame sent. */
  judge(faceInFrame: boolean) {
    const { atSeconds } = this.sent.at(-1)!;
    this.reply({ type: 'sample', sample: { atSeconds, faceInFrame, lookingAtCamera: faceInFrame } });
  }
}

const video = { videoWidth: 640 } as HTMLVideoElement;
/** Lets the interval fire once and the frame grab (a resolved promise) settle. */
const tick = async () => {
  await vi.advanceTimersByTimeAsync(FRAME_INTERVAL_MS);
};

describe('createPresenceTracker', () => {
  let statuses: PresenceStatus[];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'performance'] });
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('createImageBitmap', () => Promise.resolve({ close() {} }));
    statuses = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('samples a frame at a time once the check is ready, and hands over the answer’s frames when stopped', async () => {
    const tracker = createPresenceTracker((status) => statuses.push(status));
    const worker = FakeWorker.last;
    tracker.start(video);
    await tick();
    expect(worker.sent).toHaveLength(0); // still loading
    worker.reply({ type: 'ready' });
    await tick();
    await tick(); // the worker has not answered the first frame yet: this tick is skipped
    expect(worker.sent.map((frame) => frame.atSeconds)).toEqual([1]);
    worker.judge(true);
    await tick();
    worker.judge(false);
    expect(statuses).toEqual(['ready', 'face', 'no-face']);
    expect(tracker.stop()).toEqual([
      { atSeconds: 1, faceInFrame: true, lookingAtCamera: true },
      { atSeconds: 2, faceInFrame: false, lookingAtCamera: false },
    ]);
    expect(statuses.at(-1)).toBe('ready');
    tracker.close();
    expect(worker.terminated).toBe(true);
  });

  it('does not count a frame judged after its answer ended in the next answer', async () => {
    const tracker = createPresenceTracker((status) => statuses.push(status));
    const worker = FakeWorker.last;
    worker.reply({ type: 'ready' });
    tracker.start(video);
    await tick();
    expect(tracker.stop()).toBeNull();
    tracker.start(video);
    worker.judge(true); // the first answer's frame, late
    await tick();
    worker.judge(false);
    expect(tracker.stop()).toEqual([{ atSeconds: 0.5, faceInFrame: false, lookingAtCamera: false }]);
  });

  it('stops sampling at the longest stretch the server accepts', async () => {
    const tracker = createPresenceTracker(() => {});
    const worker = FakeWorker.last;
    worker.reply({ type: 'ready' });
    tracker.start(video);
    for (let i = 0; i < (CAMERA_LIMITS.maxSeconds * 1000) / FRAME_INTERVAL_MS + 10; i++) {
      await tick();
      if (worker.sent.length > 0) worker.judge(true);
    }
    const samples = tracker.stop()!;
    expect(samples.at(-1)!.atSeconds).toBeLessThanOrEqual(CAMERA_LIMITS.maxSeconds);
    expect(samples.length).toBe((CAMERA_LIMITS.maxSeconds * 1000) / FRAME_INTERVAL_MS);
  });

  it('gives no camera data when the check cannot load, and says so', async () => {
    const tracker = createPresenceTracker((status) => statuses.push(status));
    const worker = FakeWorker.last;
    worker.reply({ type: 'failed', reason: 'models not loaded: iris' });
    tracker.start(video);
    await tick();
    await tick();
    expect(worker.sent).toHaveLength(0);
    expect(tracker.stop()).toBeNull();
    expect(statuses).toEqual(['unavailable']);
  });
});
