import { readFile, writeFile } from 'node:fs/promises';

const SAMPLE_RATE = 16_000;
const BYTES_PER_SECOND = SAMPLE_RATE * 2;
const HEADER_BYTES = 44;

/** A canonical 44-byte header for 16 kHz mono 16-bit PCM of `dataBytes` bytes. */
function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(BYTES_PER_SECOND, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/**
 * Writes the part of a decoded 16 kHz mono WAV (as `decodeToWav` makes it) from `fromSeconds` to its end, and
 * returns that part's length in seconds (0 when nothing is left).
 */
export async function sliceWav(sourcePath: string, fromSeconds: number, targetPath: string): Promise<number> {
  const wav = await readFile(sourcePath);
  const start = HEADER_BYTES + Math.floor(Math.max(fromSeconds, 0) * SAMPLE_RATE) * 2;
  const samples = wav.subarray(Math.min(start, wav.length));
  await writeFile(targetPath, Buffer.concat([wavHeader(samples.length), samples]));
  return samples.length / BYTES_PER_SECOND;
}
