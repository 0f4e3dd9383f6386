import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Node runs our TypeScript directly by stripping types (default from Node 23.6 and 22.18).
// On an older Node 22 the flag turns it on; this returns the arguments a child `node` needs.
export function nodeTypeScriptArgs() {
  return process.features.typescript ? [] : ['--experimental-strip-types', '--no-warnings=ExperimentalWarning'];
}

const COMPILE_CACHE = pathToFileURL(join(import.meta.dirname, '..', 'packages', 'server', 'src', 'compile-cache.js'));

/**
 * Node settings of the server process (`npm start`): a young generation of 8 MB semi-spaces instead of V8's
 * default, which grows to ~100 MB while the server starts and never gives it back (idle RSS 265 MB instead of
 * 180 MB); the compile cache on before the entry point is read, so that no thread loads the type stripper.
 */
export function serverNodeArgs() {
  return [...nodeTypeScriptArgs(), '--max-semi-space-size=8', '--import', COMPILE_CACHE.href];
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Rehearse needs Node.js 22.12 or later (Node 24 LTS recommended); this is ${process.version}.`);
  process.exit(1);
}
