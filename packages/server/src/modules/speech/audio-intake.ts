import { mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from './run-process.ts';
import { speechErrors } from './speech.errors.ts';
import { measureWavLevel } from './wav-level.ts';

export interface AudioLimits {
  maxBytes: number;
  maxSeconds: number;
  /** A recording whose loudest sample is below this is treated as silent. */
  silenceDb: number;
}

export const DEFAULT_AUDIO_LIMITS: AudioLimits = { maxBytes: 200 * 1_048_576, maxSeconds: 15 * 60, silenceDb: -50 };

export interface DecodedAudio {
  /** A 16 kHz mono 16-bit PCM WAV file, ready for the recogniser. */
  wavPath: string;
  durationSec: number;
  /** Removes the decoded file and its temporary folder. */
  cleanup(): Promise<void>;
}

export type AudioSource = string | { bytes: Uint8Array };

/** Container names ffprobe reports for the formats a browser or a recorder sends. */
const ACCEPTED_CONTAINERS = ['wav', 'matroska', 'webm', 'mov', 'mp4', 'm4a'];
const FFMPEG_HINT = 'install ffmpeg (apt-get install ffmpeg)';
const WAV_BYTES_PER_SECOND = 32_000;

interface Probe {
  container: string;
  durationSec: number | null;
  hasAudio: boolean;
}

async function probe(path: string): Promise<Probe> {
  const args = ['-v', 'error', '-show_entries', 'format=format_name,duration:stream=codec_type', '-of', 'json', path];
  const result = await runProcess('ffprobe', args, { timeoutMs: 20_000, installHint: FFMPEG_HINT });
  if (result.exitCode !== 0) throw speechErrors.audioCorrupt(result.stderr.trim().slice(0, 300) || 'ffprobe failed');
  const parsed = JSON.parse(result.stdout) as {
    format?: { format_name?: string; duration?: string };
    streams?: { codec_type?: string }[];
  };
  const duration = Number(parsed.format?.duration);
  return {
    container: parsed.format?.format_name ?? 'unknown',
    durationSec: Number.isFinite(duration) ? duration : null,
    hasAudio: (parsed.streams ?? []).some((stream) => stream.codec_type === 'audio'),
  };
}

async function checkedSource(source: AudioSource, workDir: string, limits: AudioLimits): Promise<string> {
  const size = typeof source === 'string' ? (await stat(source)).size : source.bytes.length;
  if (size > limits.maxBytes) throw speechErrors.audioTooLarge(size, limits.maxBytes);
  if (size === 0) throw speechErrors.audioCorrupt('empty file');
  if (typeof source === 'string') return source;
  const path = join(workDir, 'input');
  await writeFile(path, source.bytes);
  return path;
}

async function decode(inputPath: string, wavPath: string, limits: AudioLimits): Promise<void> {
  const partial = `${wavPath}.partial`;
  const args = [
    '-nostdin',
    '-v',
    'error',
    '-y',
    '-i',
    inputPath,
    '-vn',
    '-ac',
    '1',
    '-ar',
    '16000',
    '-c:a',
    'pcm_s16le',
  ];
  // A plain 44-byte header: PocketSphinx skips exactly 44 bytes, and would hear ffmpeg's own metadata chunk as
  // 17 samples of noise at the start of the answer (and every frame shifted by a millisecond).
  args.push('-fflags', '+bitexact', '-map_metadata', '-1');
  args.push('-t', String(limits.maxSeconds + 1), '-f', 'wav', partial);
  const timeoutMs = 30_000 + limits.maxSeconds * 500;
  const result = await runProcess('ffmpeg', args, { timeoutMs, installHint: FFMPEG_HINT });
  if (result.exitCode !== 0) throw speechErrors.audioCorrupt(result.stderr.trim().slice(0, 300) || 'ffmpeg failed');
  await rename(partial, wavPath);
}

async function checkDecoded(wavPath: string, limits: AudioLimits): Promise<number> {
  const wav = await readFile(wavPath);
  const durationSec = Math.max(wav.length - 44, 0) / WAV_BYTES_PER_SECOND;
  if (durationSec > limits.maxSeconds) throw speechErrors.audioTooLong(durationSec, limits.maxSeconds);
  if (durationSec < 0.1) throw speechErrors.audioCorrupt('no audio samples');
  const level = measureWavLevel(wav);
  if (level.peakDb < limits.silenceDb) throw speechErrors.audioSilent(Math.round(Math.max(level.peakDb, -120)));
  return durationSec;
}

/**
 * Decodes a WAV, WebM/Opus or MP4/AAC recording into a 16 kHz mono WAV with ffmpeg, after checking its size,
 * format and duration, and rejects corrupt or silent audio with typed errors. The decoded file is written under
 * a temporary name and renamed only once complete; on any failure the temporary folder is removed.
 */
export async function decodeToWav(
  source: AudioSource,
  limits: AudioLimits = DEFAULT_AUDIO_LIMITS,
  options: { tempRoot?: string } = {},
): Promise<DecodedAudio> {
  const workDir = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'rehearse-audio-'));
  const cleanup = () => rm(workDir, { recursive: true, force: true });
  try {
    const inputPath = await checkedSource(source, workDir, limits);
    const probed = await probe(inputPath);
    if (!ACCEPTED_CONTAINERS.some((name) => probed.container.split(',').includes(name))) {
      throw speechErrors.audioUnsupported(probed.container);
    }
    if (!probed.hasAudio) throw speechErrors.audioCorrupt('no audio stream');
    if (probed.durationSec !== null && probed.durationSec > limits.maxSeconds) {
      throw speechErrors.audioTooLong(probed.durationSec, limits.maxSeconds);
    }
    const wavPath = join(workDir, 'audio.wav');
    await decode(inputPath, wavPath, limits);
    const durationSec = await checkDecoded(wavPath, limits);
    return { wavPath, durationSec, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
