import { access, stat } from 'node:fs/promises';
import { parsePocketsphinxOutput } from './pocketsphinx-output.ts';
import { findOnPath, runProcess } from './run-process.ts';
import { speechErrors } from './speech.errors.ts';
import { spawnPiped } from './pcm-stream.ts';
import type { AudioInput, Availability, SpeechStream, Transcriber, TranscribeOptions } from './transcriber.ts';

export const POCKETSPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

export interface PocketsphinxSettings {
  binary?: string;
  /** Acoustic model directory (default: Debian's pocketsphinx-en-us). */
  acousticModel?: string;
  /** Language weight; the decoder's default is 6.5. */
  languageWeight?: number;
  beam?: string;
  wordBeam?: string;
  /** Extra decoder arguments, e.g. ["-pbeam", "1e-40"], for experiments. */
  extraArgs?: readonly string[];
  /** Timeout as a multiple of the audio's length, plus a fixed start-up allowance. */
  timeoutMs?: (audioSeconds: number) => number;
}

/** The shell's exit code for a command it could not find. */
const NOT_FOUND = 127;
const INSTALL_HINT =
  'install the pocketsphinx and pocketsphinx-en-us packages (apt-get install pocketsphinx pocketsphinx-en-us)';

function decoderArgs(input: string, options: TranscribeOptions, settings: PocketsphinxSettings): string[] {
  const args = ['-infile', input, '-time', 'yes', '-logfn', '/dev/null'];
  if (settings.acousticModel) args.push('-hmm', settings.acousticModel);
  if (options.languageModel) args.push('-lm', options.languageModel);
  if (options.dictionary) args.push('-dict', options.dictionary);
  if (settings.languageWeight !== undefined) args.push('-lw', String(settings.languageWeight));
  if (settings.beam) args.push('-beam', settings.beam);
  if (settings.wordBeam) args.push('-wbeam', settings.wordBeam);
  return [...args, ...(settings.extraArgs ?? [])];
}

/** WAV length from its header size: 16 kHz, 16-bit mono is 32,000 bytes a second. */
async function audioSeconds(wavPath: string): Promise<number> {
  return Math.max(((await stat(wavPath)).size - 44) / 32_000, 0);
}

/**
 * The offline transcriber: spawns `pocketsphinx_continuous` on a 16 kHz mono WAV file, optionally with a
 * question-biased language model and dictionary, and parses the word timings it prints.
 */
export function createPocketsphinxTranscriber(settings: PocketsphinxSettings = {}): Transcriber {
  const binary = settings.binary ?? 'pocketsphinx_continuous';
  const timeoutFor = settings.timeoutMs ?? ((seconds: number) => 30_000 + seconds * 3_000);
  return {
    engine: 'pocketsphinx',
    async transcribe(audio: AudioInput, options: TranscribeOptions = {}) {
      if (typeof audio !== 'string') throw speechErrors.audioUnsupported('bytes (decode to a WAV file first)');
      const seconds = await audioSeconds(audio);
      const result = await runProcess(binary, decoderArgs(audio, options, settings), {
        timeoutMs: timeoutFor(seconds),
        installHint: INSTALL_HINT,
      });
      if (result.exitCode !== 0) {
        throw speechErrors.toolFailed(
          binary,
          result.stderr.trim().slice(-500) || `exit ${result.exitCode ?? result.signal}`,
        );
      }
      return { ...parsePocketsphinxOutput(result.stdout), engine: 'pocketsphinx' };
    },
    openStream(options: TranscribeOptions = {}): SpeechStream {
      // Raw PCM on a pipe: the decoder reads it block by block and finishes each utterance at a pause, so at the
      // end of the input only the last utterance is left to decode. Its output is read once it exits.
      const args = decoderArgs('/dev/stdin', options, settings);
      const { child, exited, abort } = spawnPiped(binary, args, { stdinAsPipe: true });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      const result = exited.then(({ exitCode, signal, stderr }) => {
        if (exitCode === NOT_FOUND) throw speechErrors.toolMissing(binary, INSTALL_HINT);
        if (exitCode !== 0)
          throw speechErrors.toolFailed(binary, stderr.trim().slice(-500) || `exit ${exitCode ?? signal}`);
        return { ...parsePocketsphinxOutput(stdout), engine: 'pocketsphinx' };
      });
      return { input: child.stdin, result, abort };
    },
    async availability(): Promise<Availability> {
      const missing: string[] = [];
      if (!(await findOnPath(binary))) missing.push(`${binary}: ${INSTALL_HINT}`);
      const model = settings.acousticModel ?? `${POCKETSPHINX_MODEL_DIR}/en-us`;
      try {
        await access(`${model}/mdef`);
      } catch {
        missing.push(`acoustic model at ${model}: apt-get install pocketsphinx-en-us`);
      }
      return { available: missing.length === 0, engine: 'pocketsphinx', missing };
    },
  };
}
