// File work on a finished upload, all streamed: its SHA-256, a container fix for WebM (ffmpeg -c copy), and
// its duration (ffprobe). Missing tools or unreadable media degrade to "no duration", never to a lost upload.
import { createHash } from 'node:crypto';
import { copyFile, link, open, rm } from 'node:fs/promises';
import { runProcess } from '../speech/run-process.ts';

const FFMPEG_HINT = 'apt-get install ffmpeg';

/**
 * Reads through one reused buffer: a read stream would allocate a fresh buffer per chunk, and on a large file
 * that garbage alone grows the process by tens of megabytes before the collector catches up.
 */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  const file = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return hash.digest('hex');
}

/**
 * Chrome's MediaRecorder writes WebM without a duration or cues, so players cannot seek in it; copying the
 * streams into a new container (no re-encoding) writes both. False when ffmpeg is missing or fails.
 */
export async function remuxWebm(source: string, target: string, timeoutMs: number): Promise<boolean> {
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-i',
    source,
    '-map',
    '0',
    '-c',
    'copy',
    '-f',
    'webm',
    target,
  ];
  try {
    const result = await runProcess('ffmpeg', args, { timeoutMs, installHint: FFMPEG_HINT, maxOutputBytes: 65_536 });
    if (result.exitCode === 0) return true;
  } catch {
    // ffmpeg missing or too slow: keep the bytes as uploaded
  }
  await rm(target, { force: true });
  return false;
}

/** The duration in seconds, or null when the file has none that ffprobe can read. */
export async function probeDurationSec(path: string): Promise<number | null> {
  const args = ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=noprint_wrappers=1:nokey=1', path];
  try {
    const result = await runProcess('ffprobe', args, { timeoutMs: 30_000, installHint: FFMPEG_HINT });
    const seconds = Number.parseFloat(result.stdout.trim());
    return result.exitCode === 0 && Number.isFinite(seconds) ? Math.round(seconds * 1000) / 1000 : null;
  } catch {
    return null;
  }
}

/** Puts the same bytes at `target` without copying them when the file system allows a hard link. */
export async function linkOrCopy(source: string, target: string): Promise<void> {
  await rm(target, { force: true });
  try {
    await link(source, target);
  } catch {
    await copyFile(source, target);
  }
}

const EXTENSIONS: Record<string, string> = {
  'audio/webm': 'webm',
  'video/webm': 'webm',
  'video/mp4': 'mp4',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'video/ogg': 'ogv',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/wave': 'wav',
  'audio/x-wav': 'wav',
  'video/quicktime': 'mov',
};

/** The file extension for a media type such as "video/webm;codecs=vp8,opus". */
export function extensionFor(mime: string): string {
  return EXTENSIONS[baseType(mime)] ?? 'bin';
}

export const baseType = (mime: string) => mime.split(';')[0]!.trim().toLowerCase();
