import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath, runProcess } from './run-process.ts';
import { speechErrors } from './speech.errors.ts';

/** flite's voices used for spoken evaluation, in turn; espeak-ng stands in where flite is missing. */
export const EVAL_VOICES = ['slt', 'rms', 'awb'] as const;

export type Synthesizer = 'flite' | 'espeak-ng';

/** The synthesiser available on this machine, preferring flite (far better recognised than espeak-ng). */
export async function availableSynthesizer(): Promise<Synthesizer | null> {
  if (await findOnPath('flite')) return 'flite';
  if (await findOnPath('espeak-ng')) return 'espeak-ng';
  return null;
}

async function run(command: string, args: string[], hint: string): Promise<void> {
  const result = await runProcess(command, args, { timeoutMs: 120_000, installHint: hint });
  if (result.exitCode !== 0) throw speechErrors.toolFailed(command, result.stderr.trim().slice(0, 300));
}

/**
 * Speaks text into a 16 kHz mono 16-bit WAV file (flite with the given voice, or espeak-ng), converting with sox.
 * Written under a temporary name and renamed when complete. Used to make test and evaluation audio.
 */
export async function synthesizeSpeech(
  text: string,
  outputPath: string,
  voice: string,
  synthesizer: Synthesizer = 'flite',
): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'rehearse-tts-'));
  try {
    const textFile = join(workDir, 'text.txt');
    const raw = join(workDir, 'raw.wav');
    await writeFile(textFile, text);
    if (synthesizer === 'flite')
      await run('flite', ['-voice', voice, '-f', textFile, '-o', raw], 'apt-get install flite');
    else await run('espeak-ng', ['-v', 'en-us', '-f', textFile, '-w', raw], 'apt-get install espeak-ng');
    const partial = `${outputPath}.partial.wav`;
    await run('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', partial], 'apt-get install sox');
    await rename(partial, outputPath);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
