const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BASE = ALPHABET.length;
const DIGIT_VALUES = new Map([...ALPHABET].map((character, value) => [character, value]));
const MAX_URL_LENGTH = 2048;
const URL_PATTERN = /^https?:\/\/./;

/**
 * Short codes for URLs: each new URL takes the next id, written in base 62. Two maps make both directions O(1):
 * id to URL for decoding, URL to code so the same URL always gets the same code.
 */
export class UrlShortener {
  private readonly urlsById = new Map<number, string>();
  private readonly codesByUrl = new Map<string, string>();
  private nextId: number;

  constructor(firstId = 1) {
    if (!Number.isSafeInteger(firstId) || firstId < 1) {
      throw new RangeError(`firstId must be a positive integer, got ${firstId}`);
    }
    this.nextId = firstId;
  }

  encode(url: string): string {
    if (typeof url !== 'string' || url.length > MAX_URL_LENGTH || !URL_PATTERN.test(url)) {
      throw new TypeError(`url must be a string of at most ${MAX_URL_LENGTH} characters starting with http(s)://`);
    }
    const existing = this.codesByUrl.get(url);
    if (existing !== undefined) return existing;
    const id = this.nextId++;
    const code = toBase62(id);
    this.urlsById.set(id, url);
    this.codesByUrl.set(url, code);
    return code;
  }

  decode(code: string): string {
    const url = this.urlsById.get(fromBase62(code));
    if (url === undefined) throw new Error(`unknown code ${code}`);
    return url;
  }
}

function toBase62(id: number): string {
  let code = '';
  let remaining = id;
  do {
    code = ALPHABET[remaining % BASE] + code;
    remaining = Math.floor(remaining / BASE);
  } while (remaining > 0);
  return code;
}

/** Reads a code in its only valid spelling: alphabet characters, no leading zero. */
function fromBase62(code: string): number {
  if (typeof code !== 'string' || code === '') throw new TypeError('code must be a non-empty string');
  if (code.length > 1 && code.startsWith('0')) throw new Error(`code ${code} has a leading zero`);
  let id = 0;
  for (const character of code) {
    const digit = DIGIT_VALUES.get(character);
    if (digit === undefined) throw new Error(`code ${code} has a character outside the alphabet: ${character}`);
    id = id * BASE + digit;
  }
  return id;
}
