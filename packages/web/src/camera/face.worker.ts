// The face check, off the main thread: loads Human (face detector, mesh and iris only, WebAssembly backend) from
// our own origin, then judges each frame the page sends. Messages: in, { bitmap, atSeconds }; out, 'ready' once
// loaded, 'failed' if it cannot load, and one 'sample' per frame.
import { Human } from '@vladmandic/human';
import type { CameraSample } from '@rehearse/core/camera';
import { FACE_FILES_PATH } from './face-files.ts';
import { judgeFrame } from './judge-frame.ts';

export type WorkerRequest = { bitmap: ImageBitmap; atSeconds: number };
export type WorkerReply =
  { type: 'ready' } | { type: 'failed'; reason: string } | { type: 'sample'; sample: CameraSample };

const base = new URL(FACE_FILES_PATH, self.location.origin).href;
const off = { enabled: false };
const human = new Human({
  backend: 'wasm',
  wasmPath: `${base}wasm/`,
  modelBasePath: `${base}models/`,
  cacheModels: false,
  debug: false,
  warmup: 'none',
  // No frame cache: each frame is analysed afresh (a cached "no face" from the first, black frames would stick).
  cacheSensitivity: 0,
  filter: off,
  gesture: off,
  body: off,
  hand: off,
  object: off,
  segmentation: off,
  face: {
    enabled: true,
    detector: { maxDetected: 1, rotation: false },
    mesh: { enabled: true },
    iris: { enabled: true },
    emotion: off,
    description: off,
    antispoof: off,
    liveness: off,
    attention: off,
  },
});

const post = (reply: WorkerReply) => self.postMessage(reply);

const loaded = (async () => {
  await human.load();
  // Anything but WebAssembly here means it failed and tfjs fell back to a backend too slow for a live check.
  const backend = (human.tf as { getBackend(): string | undefined }).getBackend();
  if (backend !== 'wasm') throw new Error(`backend ${backend ?? 'none'} instead of wasm`);
  // Human logs a model that failed to load and goes on without it: every frame would then show "no face".
  const missing = human.models
    .stats()
    .modelStats.filter((model) => !model.loaded)
    .map((model) => model.name);
  if (missing.length > 0) throw new Error(`models not loaded: ${missing.join(', ')}`);
})();
loaded.then(
  () => post({ type: 'ready' }),
  (error: unknown) => post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }),
);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { bitmap, atSeconds } = event.data;
  try {
    await loaded;
    const result = await human.detect(bitmap);
    post({ type: 'sample', sample: { atSeconds, ...judgeFrame(result.face) } });
  } catch (error) {
    post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  } finally {
    bitmap.close();
  }
};
