import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { speechErrors } from './speech.errors.ts';

export interface ProcessResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunOptions {
  timeoutMs: number;
  /** What to say when the binary is missing, e.g. "apt-get install pocketsphinx". */
  installHint: string;
  /** Keep at most this much of each output stream (default 16 MB). */
  maxOutputBytes?: number;
}

function collect(stream: NodeJS.ReadableStream | null, limit: number): () => string {
  const chunks: Buffer[] = [];
  let size = 0;
  stream?.on('data', (chunk: Buffer) => {
    if (size >= limit) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  return () => Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs a program without a shell and resolves with its output, whatever its exit code. Rejects with a typed
 * error when the program is missing or runs past the timeout (it is then killed).
 */
export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const limit = options.maxOutputBytes ?? 16 * 1_048_576;
    const stdout = collect(child.stdout, limit);
    const stderr = collect(child.stderr, limit);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT') reject(speechErrors.toolMissing(command, options.installHint));
      else reject(speechErrors.toolFailed(command, error.message));
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(speechErrors.toolTimedOut(command, Math.round(options.timeoutMs / 1000)));
      else resolve({ stdout: stdout(), stderr: stderr(), exitCode, signal });
    });
  });
}

/** The full path of a program on PATH, or null when it is not installed. */
export async function findOnPath(command: string, path = process.env.PATH ?? ''): Promise<string | null> {
  for (const directory of path.split(delimiter).filter(Boolean)) {
    const candidate = join(directory, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}
