// Streaming halves of the spoken path: ffmpeg turning a recording's container bytes, as they arrive, into 16 kHz
// mono PCM, and a meter that measures that PCM on its way to the recogniser.
import { spawn } from 'node:child_process';
import { Transform, type Readable, type TransformCallback, type Writable } from 'node:stream';

export const PCM_BYTES_PER_SECOND = 32_000;

export interface ProcessStream {
  /** Bytes in: write them, then end() when there are no more. */
  input: Writable;
  /** Resolves when the process exits; rejects when it fails to start. */
  exited: Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Kills the process; safe to call more than once. */
  abort(): void;
}

export interface PcmDecoder extends ProcessStream {
  /** 16-bit little-endian 16 kHz mono samples, as soon as ffmpeg has decoded them. */
  output: Readable;
}

/**
 * Spawns a program with piped standard streams in a process group of its own (so `abort` stops all of it),
 * keeping the tail of its standard error for the log. Node hands a child a socket, not a pipe, as its standard
 * input, and a program that opens /dev/stdin by name cannot open a socket: with `stdinAsPipe`, `cat` passes the
 * bytes on through a real pipe.
 */
export function spawnPiped(command: string, args: readonly string[], options: { stdinAsPipe?: boolean } = {}) {
  const [file, argv] = options.stdinAsPipe
    ? ['sh', ['-c', 'cat | exec "$0" "$@"', command, ...args]]
    : [command, [...args]];
  const child = spawn(file, argv, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2_000)));
  // A write after the process died fails with EPIPE; the exit code is how the caller learns of it.
  child.stdin.on('error', () => {});
  const exited = new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve, reject) => {
      child.once('error', reject);
      child.once('close', (exitCode, signal) => resolve({ exitCode, signal, stderr }));
    },
  );
  const abort = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { child, exited, abort };
}

/**
 * ffmpeg reading a WebM or MP4 recording from its standard input and writing raw PCM as it decodes, so a
 * recording can be heard while it is still being uploaded. Video is skipped without being decoded.
 */
export function openPcmDecoder(): PcmDecoder {
  const args = ['-nostdin', '-v', 'error', '-i', 'pipe:0', '-vn', '-ac', '1', '-ar', '16000'];
  args.push('-f', 's16le', '-flush_packets', '1', 'pipe:1');
  const { child, exited, abort } = spawnPiped('ffmpeg', args);
  return { input: child.stdin, output: child.stdout, exited, abort };
}

/** Counts and measures 16-bit PCM passing through; fails the stream once it runs past `maxSeconds`. */
export class PcmMeter extends Transform {
  bytes = 0;
  private peak = 0;
  private carry: Buffer | null = null;
  private readonly maxSeconds: number;

  constructor(maxSeconds: number) {
    super();
    this.maxSeconds = maxSeconds;
  }

  get seconds(): number {
    return this.bytes / PCM_BYTES_PER_SECOND;
  }

  /** Loudest sample so far in dBFS (-Infinity for digital silence). */
  get peakDb(): number {
    return this.peak === 0 ? -Infinity : 20 * Math.log10(this.peak / 32768);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.seconds > this.maxSeconds) {
      done(new Error(`audio longer than ${this.maxSeconds} s`));
      return;
    }
    // A chunk may split a sample between two reads: keep its odd byte for the next one.
    const samples = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = samples.length - (samples.length % 2);
    for (let offset = 0; offset < whole; offset += 2)
      this.peak = Math.max(this.peak, Math.abs(samples.readInt16LE(offset)));
    this.carry = whole < samples.length ? samples.subarray(whole) : null;
    done(null, chunk);
  }
}
