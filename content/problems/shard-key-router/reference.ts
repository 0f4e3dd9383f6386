const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MAX_SHARDS = 65536;

/** Code points below each limit take 1, 2, 3 and 4 UTF-8 bytes. */
const ONE_BYTE_LIMIT = 0x80;
const TWO_BYTE_LIMIT = 0x800;
const THREE_BYTE_LIMIT = 0x10000;
const FOUR_BYTE_LIMIT = 0x110000;
const UTF8_LENGTH_LIMITS = [ONE_BYTE_LIMIT, TWO_BYTE_LIMIT, THREE_BYTE_LIMIT, FOUR_BYTE_LIMIT];
/** The marker bits of a sequence's first byte, by sequence length. */
const TWO_BYTE_LEAD = 0xc0;
const THREE_BYTE_LEAD = 0xe0;
const FOUR_BYTE_LEAD = 0xf0;
const LEAD_BYTE_MARKERS = [0, TWO_BYTE_LEAD, THREE_BYTE_LEAD, FOUR_BYTE_LEAD];
const CONTINUATION_MARKER = 0x80;
const CONTINUATION_MASK = 0x3f;
const CONTINUATION_BITS = 6;
/** UTF-16 code units reserved for surrogate pairs; one on its own is not a character. */
const SURROGATE_FIRST = 0xd800;
const SURROGATE_LAST = 0xdfff;

/** The shard of each key: the FNV-1a 32-bit hash of the key's UTF-8 bytes, modulo the number of shards. */
export function routeKeys(keys: string[], shardCount: number): number[] {
  if (!Array.isArray(keys)) throw new TypeError('keys must be an array of strings');
  if (!Number.isInteger(shardCount) || shardCount < 1 || shardCount > MAX_SHARDS) {
    throw new RangeError(`shardCount must be an integer from 1 to ${MAX_SHARDS}, got ${shardCount}`);
  }
  return keys.map((key) => {
    if (typeof key !== 'string') throw new TypeError(`every key must be a string, got ${typeof key}`);
    return fnv1a32(key) % shardCount;
  });
}

/** FNV-1a over the UTF-8 encoding of the key, as an unsigned 32-bit integer. */
function fnv1a32(key: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < key.length; i++) {
    const codeUnit = key.charCodeAt(i);
    if (codeUnit < ONE_BYTE_LIMIT) {
      hash = mixByte(hash, codeUnit);
      continue;
    }
    const codePoint = key.codePointAt(i)!;
    if (codePoint >= SURROGATE_FIRST && codePoint <= SURROGATE_LAST) {
      throw new RangeError(`key ${JSON.stringify(key)} has an unpaired surrogate and no UTF-8 encoding`);
    }
    if (codePoint >= THREE_BYTE_LIMIT) i++; // the pair's second code unit was read with the first
    for (const byte of utf8Bytes(codePoint)) hash = mixByte(hash, byte);
  }
  return hash;
}

/** One FNV-1a step: xor in the byte, then multiply by the prime modulo 2^32. */
function mixByte(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, FNV_PRIME) >>> 0;
}

/** The UTF-8 bytes of one code point: a lead byte, then 6 bits per continuation byte. */
function utf8Bytes(codePoint: number): number[] {
  const length = UTF8_LENGTH_LIMITS.findIndex((limit) => codePoint < limit) + 1;
  const bytes = new Array<number>(length);
  let remaining = codePoint;
  for (let i = length - 1; i > 0; i--) {
    bytes[i] = CONTINUATION_MARKER | (remaining & CONTINUATION_MASK);
    remaining >>= CONTINUATION_BITS;
  }
  bytes[0] = LEAD_BYTE_MARKERS[length - 1]! | remaining;
  return bytes;
}
