/**
 * Remembers requests by idempotency key for `ttlMs` after they began, so a retried request is replayed rather than
 * executed twice. Every record lives equally long, so records expire in the order they were created: a Map, which
 * keeps insertion order, lets expired records be dropped from the front.
 */
export class IdempotencyStore {
  #ttlMs;
  #clock;
  #records = new Map();

  constructor(ttlMs, clock) {
    if (!Number.isInteger(ttlMs) || ttlMs < 1) throw new RangeError(`ttlMs must be a positive integer, got ${ttlMs}`);
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.#ttlMs = ttlMs;
    this.#clock = clock;
  }

  begin(key, requestHash) {
    assertNonEmpty(key, 'key');
    assertNonEmpty(requestHash, 'requestHash');
    this.#dropExpired();
    const record = this.#records.get(key);
    if (!record) {
      const expiresAt = this.#clock.now() + this.#ttlMs;
      this.#records.set(key, { requestHash, expiresAt, completed: false, response: null });
      return 'new';
    }
    if (record.requestHash !== requestHash) {
      throw new Error(`idempotency key "${key}" was already used for a different request`);
    }
    return record.completed ? { replay: record.response } : 'in-progress';
  }

  complete(key, response) {
    const record = this.#inProgressRecord(key);
    record.completed = true;
    record.response = response;
  }

  /** Forgets a request that failed without effect, so that a retry can begin again. */
  release(key) {
    this.#inProgressRecord(key);
    this.#records.delete(key);
  }

  size() {
    this.#dropExpired();
    return this.#records.size;
  }

  #inProgressRecord(key) {
    assertNonEmpty(key, 'key');
    this.#dropExpired();
    const record = this.#records.get(key);
    if (!record || record.completed) throw new Error(`no request in progress for idempotency key "${key}"`);
    return record;
  }

  #dropExpired() {
    const now = this.#clock.now();
    for (const [key, record] of this.#records) {
      if (record.expiresAt > now) break;
      this.#records.delete(key);
    }
  }
}

function assertNonEmpty(value, name) {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${name} must be a non-empty string`);
}
