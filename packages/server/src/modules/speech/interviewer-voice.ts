// The interviewer's voice for browsers that have none (headless ones, some Linux desktops): flite's "slt" voice
// reads a question into a WAV file. flite runs as a program of its own, without a shell, the text one argument
// of its argv, so no text can become a command; the text is short, and only a few run at once.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@rehearse/core';
import { runProcess } from './run-process.ts';

/** The longest text read in one go: a question's spoken words, with room to spare. */
export const SAY_MAX_CHARS = 500;

/** flite processes running at once; more wait their turn (each takes a fraction of a second of one core). */
const AT_ONCE = 2;

export interface InterviewerVoice {
  /** The text read aloud, as a 16 kHz mono WAV file; 503 (unavailable) where flite is not installed. */
  say(text: string): Promise<Buffer>;
}

const unavailable = () =>
  new DomainError(
    'unavailable',
    'voice-unavailable',
    'This server has no voice to read questions with: flite is not installed (apt-get install flite).',
  );

/** Text as flite should read it: no control characters, one line, at most SAY_MAX_CHARS. */
export function speakable(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SAY_MAX_CHARS);
}

export function createInterviewerVoice(options: { command?: string; timeoutMs?: number } = {}): InterviewerVoice {
  const command = options.command ?? 'flite';
  let running = 0;
  const waiting: (() => void)[] = [];
  const turn = async () => {
    if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
  };
  const done = () => {
    running--;
    waiting.shift()?.();
  };

  async function synthesize(text: string): Promise<Buffer> {
    const dir = await mkdtemp(join(tmpdir(), 'rehearse-voice-'));
    try {
      const wav = join(dir, 'say.wav');
      const result = await runProcess(command, ['-voice', 'slt', '-t', text, '-o', wav], {
        timeoutMs: options.timeoutMs ?? 15_000,
        installHint: 'apt-get install flite',
      }).catch((error: unknown) => {
        throw error instanceof DomainError && error.code === 'speech-tool-missing' ? unavailable() : error;
      });
      // flite's own message stays here: a problem document carries an error's details to the client.
      if (result.exitCode !== 0)
        throw new DomainError('unavailable', 'voice-failed', 'The server could not read this text aloud.');
      return await readFile(wav);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  return {
    async say(input) {
      const text = speakable(input);
      if (!text) throw new DomainError('invalid', 'nothing-to-say', 'There is no text to read aloud.');
      await turn();
      try {
        return await synthesize(text);
      } finally {
        done();
      }
    },
  };
}
