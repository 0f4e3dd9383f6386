import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath } from './run-process.ts';

/**
 * For integration tests that need system binaries: returns whether to skip. A missing binary skips the tests
 * loudly (console.warn names it) on a developer's machine, and fails them in CI (CI=true), where it must be there.
 */
export async function skipWithoutBinaries(suite: string, binaries: readonly string[]): Promise<boolean> {
  const missing: string[] = [];
  for (const binary of binaries) if (!(await findOnPath(binary))) missing.push(binary);
  if (missing.length === 0) return false;
  const message = `${suite}: missing ${missing.join(', ')} (apt-get install pocketsphinx pocketsphinx-en-us sphinxbase-utils flite ffmpeg sox)`;
  if (process.env.CI === 'true') throw new Error(`${message}; CI must have them`);
  console.warn(`SKIPPED ${message}`);
  return true;
}

/** A fresh temporary folder for a test, and a function that removes it. */
export async function temporaryFolder(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `rehearse-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
