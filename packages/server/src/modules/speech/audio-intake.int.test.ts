import { access, readFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@rehearse/core';
import { decodeToWav, DEFAULT_AUDIO_LIMITS } from './audio-intake.ts';
import { runProcess } from './run-process.ts';
import { synthesizeSpeech } from './speech-synthesis.ts';
import { skipWithoutBinaries, temporaryFolder } from './speech-test-support.ts';

const skip = await skipWithoutBinaries('audio intake', ['ffmpeg', 'ffprobe', 'flite', 'sox']);

async function ffmpeg(args: string[]): Promise<void> {
  const result = await runProcess('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args], {
    timeoutMs: 60_000,
    installHint: 'apt-get install ffmpeg',
  });
  if (result.exitCode !== 0) throw new Error(result.stderr);
}

async function errorCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe.skipIf(skip)('decodeToWav (real ffmpeg)', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  let speech = '';

  beforeAll(async () => {
    folder = await temporaryFolder('intake-test');
    speech = join(folder.dir, 'speech.wav');
    await synthesizeSpeech('A queue lets a slow consumer catch up later without losing work.', speech, 'slt');
  });
  afterAll(() => folder.remove());

  it.each([
    ['WAV', 'source.wav', ['-c:a', 'pcm_s16le', '-ar', '44100', '-ac', '2']],
    ['WebM/Opus', 'source.webm', ['-c:a', 'libopus', '-b:a', '48k']],
    ['MP4/AAC', 'source.mp4', ['-c:a', 'aac', '-b:a', '96k']],
  ])('decodes %s to 16 kHz mono PCM', async (_name, file, codec) => {
    const source = join(folder.dir, file);
    await ffmpeg(['-i', speech, ...codec, source]);
    const decoded = await decodeToWav(source);
    const probe = await runProcess(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'stream=sample_rate,channels,codec_name', '-of', 'csv=p=0', decoded.wavPath],
      {
        timeoutMs: 10_000,
        installHint: '',
      },
    );
    expect(probe.stdout.trim()).toBe('pcm_s16le,16000,1');
    expect(decoded.durationSec).toBeGreaterThan(2);
    // PocketSphinx skips 44 bytes of header: the samples must start right there, after "data" and its size.
    const header = (await readFile(decoded.wavPath)).subarray(0, 44);
    expect(header.subarray(36, 40).toString('latin1')).toBe('data');
    await decoded.cleanup();
    await expect(access(decoded.wavPath)).rejects.toThrow();
  });

  it('accepts bytes as well as a path', async () => {
    const decoded = await decodeToWav({ bytes: await readFile(speech) });
    expect(decoded.durationSec).toBeGreaterThan(2);
    await decoded.cleanup();
  });

  it('rejects a corrupt file, a silent one, and files over the limits, keeping nothing', async () => {
    const tempRoot = join(folder.dir, 'work');
    await mkdir(tempRoot);
    const options = { tempRoot };
    const corrupt = join(folder.dir, 'corrupt.webm');
    await writeFile(corrupt, Buffer.from('this is not audio at all, just text pretending to be webm'));
    const silent = join(folder.dir, 'silent.wav');
    await ffmpeg(['-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono', '-t', '3', silent]);
    expect(await errorCode(decodeToWav(corrupt, DEFAULT_AUDIO_LIMITS, options))).toBe('audio-corrupt');
    expect(await errorCode(decodeToWav(silent, DEFAULT_AUDIO_LIMITS, options))).toBe('audio-silent');
    expect(await errorCode(decodeToWav(speech, { ...DEFAULT_AUDIO_LIMITS, maxBytes: 1000 }, options))).toBe(
      'audio-too-large',
    );
    expect(await errorCode(decodeToWav(speech, { ...DEFAULT_AUDIO_LIMITS, maxSeconds: 1 }, options))).toBe(
      'audio-too-long',
    );
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('rejects a format other than WAV, WebM and MP4', async () => {
    const ogg = join(folder.dir, 'source.flac');
    await ffmpeg(['-i', speech, ogg]);
    expect(await errorCode(decodeToWav(ogg))).toBe('audio-unsupported');
  });

  it('measures a WebM without a duration in its header (as Chrome writes it) after decoding', async () => {
    const streamed = join(folder.dir, 'streamed.webm');
    await ffmpeg(['-i', speech, '-c:a', 'libopus', '-f', 'webm', '-live', '1', streamed]);
    expect(await errorCode(decodeToWav(streamed, { ...DEFAULT_AUDIO_LIMITS, maxSeconds: 2 }))).toBe('audio-too-long');
  });
});
