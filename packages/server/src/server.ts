// Entry point of the web role (serve.ts). Node keeps each module stripped of its types and compiled in a cache in
// DATA_DIR, so a restart does neither again: that was half of a restart. The cache is disposable.
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
await import('./serve.ts');
