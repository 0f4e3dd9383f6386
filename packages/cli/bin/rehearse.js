#!/usr/bin/env node
// The rehearse CLI. Node strips the TypeScript types itself; an older Node 22 needs the flag, so re-run with it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
if (process.features.typescript) {
  await import(main);
} else {
  const args = ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', main, ...process.argv.slice(2)];
  process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);
}
