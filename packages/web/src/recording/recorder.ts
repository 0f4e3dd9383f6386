import { chunkStore, type PendingUpload } from './chunk-store.ts';
import { sendUntilDone } from './persistent-upload.ts';
import { LiveChunks, resumePending, uploadLive } from './uploader.ts';

export type CaptureMode = 'audio' | 'video';

// Echo cancellation, noise suppression and automatic gain made transcripts much worse in our measurements.
const RAW_AUDIO: MediaTrackConstraints = {
  echoCancellation: false,
  noiseSuppression: false,
  autoGainControl: false,
  channelCount: 1,
};

export function getMedia(mode: CaptureMode): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: RAW_AUDIO,
    video: mode === 'video' ? { width: 640, height: 480 } : false,
  });
}

function pickMime(mode: CaptureMode): string {
  const candidates =
    mode === 'video'
      ? ['video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4']
      : ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4'];
  return candidates.find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
}

/** Answers being recorded in this page: their stored chunks are still growing and must not be resumed yet. */
const recordingNow = new Set<string>();
export const isBeingRecorded = (answerId: string) => recordingNow.has(answerId);

export interface ActiveRecording {
  /** Stops the recorder; resolves once the last chunk is stored locally. The upload goes on in `uploaded`. */
  stop(): Promise<void>;
  uploaded: Promise<void>;
  mime: string;
}

/** Records the stream in one-second chunks, keeping each in IndexedDB and streaming it to the server at once. */
export async function startRecording(
  stream: MediaStream,
  mode: CaptureMode,
  interviewId: string,
  answerId: string,
): Promise<ActiveRecording> {
  const mime = pickMime(mode);
  const recorder = new MediaRecorder(stream, mime ? { mimeType: mime } : {});
  const pending: PendingUpload = {
    answerId,
    interviewId,
    mime: recorder.mimeType || mime || 'video/webm',
    uploadUrl: null,
    finished: false,
    chunkCount: 0,
    startedAt: Date.now(),
  };
  await chunkStore.savePending(pending);
  const live = new LiveChunks();
  let seq = 0;
  let stored = Promise.resolve();
  recorder.ondataavailable = (event) => {
    if (event.data.size === 0) return;
    const index = seq++;
    pending.chunkCount = seq;
    stored = stored.then(() => chunkStore.appendChunk(answerId, index, event.data));
    live.push(event.data);
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  let storedLocally: () => void = () => {};
  const allStored = new Promise<void>((resolve) => (storedLocally = resolve));
  recordingNow.add(answerId);
  recorder.start(1000);
  // Streamed while recording; if that upload gives up (a long outage), the copy in IndexedDB is sent once the
  // recording is complete, for as long as it takes.
  const uploaded = uploadLive(live, pending).catch(async () => {
    await allStored;
    await sendUntilDone(() => resumePending(pending));
  });
  uploaded.catch(() => undefined);
  return {
    mime: pending.mime,
    uploaded,
    async stop() {
      if (recorder.state !== 'inactive') recorder.stop();
      await stopped;
      await stored;
      live.end();
      pending.finished = true;
      await chunkStore.savePending(pending);
      recordingNow.delete(answerId);
      storedLocally();
    },
  };
}

/**
 * Sends every recording of an interview that a reload, a closed tab or an outage left in IndexedDB. One cut
 * short by a reload is complete as far as it got: it is sent as it is.
 */
export async function resumeLeftovers(interviewId: string): Promise<void> {
  const leftovers = (await chunkStore.listPending()).filter(
    (pending) => pending.interviewId === interviewId && !isBeingRecorded(pending.answerId),
  );
  await Promise.all(
    leftovers.map(async (pending) => {
      const complete = { ...pending, finished: true };
      if (!pending.finished) await chunkStore.savePending(complete);
      await sendUntilDone(() => resumePending(complete));
    }),
  );
}

/** Watches the microphone's level (0–1) for a meter, until the returned function is called. */
export function watchLevel(stream: MediaStream, onLevel: (level: number) => void): () => void {
  const context = new AudioContext();
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let frame = 0;
  const tick = () => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    onLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
    frame = requestAnimationFrame(tick);
  };
  tick();
  return () => {
    cancelAnimationFrame(frame);
    void context.close();
  };
}
