/** Peak and RMS level of 16-bit PCM samples in dBFS (-Infinity for digital silence). */
export interface AudioLevel {
  peakDb: number;
  rmsDb: number;
}

/** Byte offset of the "data" chunk's samples in a RIFF/WAVE file, or 44 when the header is unusual. */
function dataOffset(wav: Uint8Array): number {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = String.fromCharCode(...wav.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    if (id === 'data') return offset + 8;
    offset += 8 + size + (size % 2);
  }
  return 44;
}

/** Measures the level of a 16-bit PCM WAV file's samples, to tell a silent recording from a quiet one. */
export function measureWavLevel(wav: Uint8Array): AudioLevel {
  const start = dataOffset(wav);
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  let peak = 0;
  let sumSquares = 0;
  let count = 0;
  for (let offset = start; offset + 1 < wav.length; offset += 2) {
    const sample = view.getInt16(offset, true);
    peak = Math.max(peak, Math.abs(sample));
    sumSquares += sample * sample;
    count += 1;
  }
  const toDb = (value: number) => (value === 0 ? -Infinity : 20 * Math.log10(value / 32768));
  return { peakDb: toDb(peak), rmsDb: toDb(count === 0 ? 0 : Math.sqrt(sumSquares / count)) };
}
