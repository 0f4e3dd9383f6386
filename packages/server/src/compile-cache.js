// Node's compile cache in DATA_DIR, turned on before any of our TypeScript is read: each module then comes from
// the cache already stripped of its types and compiled, so a restart does neither again (that was half of a
// restart). This file is JavaScript because the one module the cache cannot serve is the module that turns it
// on, and stripping types loads Node's type stripper (swc, in WebAssembly): about 20 MB that stay resident for
// the life of the process. `npm start` preloads it (`--import`, scripts/node-ts.js), which worker threads
// inherit, so no thread strips anything once the cache is warm; server.ts imports it for a plain
// `node server.ts`. The cache is disposable.
import { mkdirSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';

// DATA_DIR as config.ts reads it; nothing else is loaded before the cache is on.
const cacheDir = join(resolve(process.env.DATA_DIR ?? './data'), 'compile-cache');
try {
  mkdirSync(cacheDir, { recursive: true });
  enableCompileCache(cacheDir);
} catch {
  // A read-only data folder: start without the cache.
}
