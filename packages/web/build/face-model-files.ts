// Serves, and copies into the build, the files the in-browser face check loads at run time: Human's face
// detector, mesh and iris models, and the TensorFlow.js WebAssembly binaries its bundled tfjs asks for. They come
// from our own origin (never a CDN), so the app works offline and behind a strict Content-Security-Policy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { FACE_FILES_PATH } from '../src/camera/face-files.ts';

const require = createRequire(import.meta.url);
const humanRoot = join(dirname(require.resolve('@vladmandic/human')), '..');
const wasmRoot = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));

/** URL path under FACE_FILES_PATH → file on disk. Only what face-in-frame and gaze need. */
const FILES: Record<string, string> = {};
for (const model of ['blazeface', 'facemesh', 'iris'])
  for (const ext of ['json', 'bin']) FILES[`models/${model}.${ext}`] = join(humanRoot, 'models', `${model}.${ext}`);
// Plain and SIMD builds; the threaded one only loads on a cross-origin-isolated page, which ours is not.
for (const name of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'])
  FILES[`wasm/${name}`] = join(wasmRoot, 'dist', name);

const TYPES: Record<string, string> = {
  json: 'application/json',
  bin: 'application/octet-stream',
  wasm: 'application/wasm',
};

export function faceModelFiles(): Plugin {
  return {
    name: 'rehearse-face-model-files',
    generateBundle() {
      for (const [path, file] of Object.entries(FILES))
        this.emitFile({ type: 'asset', fileName: `${FACE_FILES_PATH.slice(1)}${path}`, source: readFileSync(file) });
    },
    configureServer(server) {
      server.middlewares.use(FACE_FILES_PATH, (request, response, next) => {
        const path = (request.url ?? '').split('?')[0]!.replace(/^\//, '');
        const file = FILES[path];
        if (!file) return next();
        response.setHeader('content-type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
  };
}
