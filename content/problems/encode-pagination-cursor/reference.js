const BASE64URL_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUES = new Map([...BASE64URL_DIGITS].map((digit, value) => [digit, value]));
const BITS_PER_BYTE = 8;
const BITS_PER_DIGIT = 6;
const DIGIT_MASK = 0b111111;
const BYTE_MASK = 0xff;
const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const HEX_RADIX = 16;
const SIGNATURE_LENGTH = 8;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
const PAYLOAD = /^(0|[1-9][0-9]*):(.+)$/;

/** Turns page positions into opaque, signed cursors and back, refusing any cursor it did not issue. */
export class CursorCodec {
  #secret;

  constructor(secret) {
    if (!isPrintableAscii(secret)) throw new TypeError('secret must be a non-empty string of printable ASCII');
    this.#secret = secret;
  }

  encode(position) {
    if (!isValidPosition(position)) {
      throw new TypeError('position must be { id: printable ASCII string, createdAt: non-negative integer }');
    }
    const payload = `${position.createdAt}:${position.id}`;
    return `${toBase64Url(payload)}.${this.#sign(payload)}`;
  }

  decode(cursor) {
    const position = readPosition(cursor);
    // Only a cursor this codec would issue for that position is accepted: tampered, re-signed or non-canonical
    // text all fail the comparison.
    if (!position || !isValidPosition(position) || this.encode(position) !== cursor) {
      throw new Error('invalid or tampered cursor');
    }
    return position;
  }

  #sign(payload) {
    return fnv1a32(`${this.#secret}:${payload}`).toString(HEX_RADIX).padStart(SIGNATURE_LENGTH, '0');
  }
}

/** The position a cursor claims to hold, or null when it is not even shaped like a cursor. */
function readPosition(cursor) {
  if (typeof cursor !== 'string') return null;
  const separator = cursor.indexOf('.');
  if (separator < 0) return null;
  const payload = fromBase64Url(cursor.slice(0, separator));
  const match = payload === null ? null : PAYLOAD.exec(payload);
  return match ? { id: match[2], createdAt: Number(match[1]) } : null;
}

function isValidPosition(position) {
  return (
    typeof position === 'object' &&
    position !== null &&
    isPrintableAscii(position.id) &&
    Number.isSafeInteger(position.createdAt) &&
    position.createdAt >= 0
  );
}

function isPrintableAscii(text) {
  return typeof text === 'string' && PRINTABLE_ASCII.test(text);
}

/** RFC 4648 base64url without padding, for text whose characters are all single bytes. */
function toBase64Url(text) {
  const digits = [];
  let bits = 0;
  let bitCount = 0;
  for (let i = 0; i < text.length; i++) {
    bits = (bits << BITS_PER_BYTE) | text.charCodeAt(i);
    bitCount += BITS_PER_BYTE;
    while (bitCount >= BITS_PER_DIGIT) {
      bitCount -= BITS_PER_DIGIT;
      digits.push(BASE64URL_DIGITS[(bits >> bitCount) & DIGIT_MASK]);
    }
    bits &= (1 << bitCount) - 1;
  }
  if (bitCount > 0) digits.push(BASE64URL_DIGITS[(bits << (BITS_PER_DIGIT - bitCount)) & DIGIT_MASK]);
  return digits.join('');
}

/** The text behind base64url digits, or null when a digit is not in the alphabet. */
function fromBase64Url(encoded) {
  const characters = [];
  let bits = 0;
  let bitCount = 0;
  for (let i = 0; i < encoded.length; i++) {
    const value = DIGIT_VALUES.get(encoded[i]);
    if (value === undefined) return null;
    bits = (bits << BITS_PER_DIGIT) | value;
    bitCount += BITS_PER_DIGIT;
    if (bitCount >= BITS_PER_BYTE) {
      bitCount -= BITS_PER_BYTE;
      characters.push(String.fromCharCode((bits >> bitCount) & BYTE_MASK));
    }
    bits &= (1 << bitCount) - 1;
  }
  return characters.join('');
}

/** 32-bit FNV-1a over the character codes of `text`, as an unsigned integer. */
function fnv1a32(text) {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}
