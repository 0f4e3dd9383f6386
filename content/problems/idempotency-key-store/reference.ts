interface Clock {
  now(): number;
}

interface IdempotencyRecord {
  requestHash: string;
  expiresAt: number;
  completed: boolean;
  response: unknown;
}

export type BeginResult = 'new' | 'in-progress' | { replay: unknown };

/**
 * Remembers requests by idempotency key for `ttlMs` after they began, so a retried request is replayed rather than
 * executed twice. Every record lives equally long, so records expire in the order they were created: a Map, which
 * keeps insertion order, lets expired records be dropped from the front.
 */
export class IdempotencyStore {
  private readonly ttlMs: number;
  private readonly clock: Clock;
  private readonly records = new Map<string, IdempotencyRecord>();

  constructor(ttlMs: number, clock: Clock) {
    if (!Number.isInteger(ttlMs) || ttlMs < 1) throw new RangeError(`ttlMs must be a positive integer, got ${ttlMs}`);
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.ttlMs = ttlMs;
    this.clock = clock;
  }

  begin(key: string, requestHash: string): BeginResult {
    assertNonEmpty(key, 'key');
    assertNonEmpty(requestHash, 'requestHash');
    this.dropExpired();
    const record = this.records.get(key);
    if (!record) {
      const expiresAt = this.clock.now() + this.ttlMs;
      this.records.set(key, { requestHash, expiresAt, completed: false, response: null });
      return 'new';
    }
    if (record.requestHash !== requestHash) {
      throw new Error(`idempotency key "${key}" was already used for a different request`);
    }
    return record.completed ? { replay: record.response } : 'in-progress';
  }

  complete(key: string, response: unknown): void {
    const record = this.inProgressRecord(key);
    record.completed = true;
    record.response = response;
  }

  /** Forgets a request that failed without effect, so that a retry can begin again. */
  release(key: string): void {
    this.inProgressRecord(key);
    this.records.delete(key);
  }

  size(): number {
    this.dropExpired();
    return this.records.size;
  }

  private inProgressRecord(key: string): IdempotencyRecord {
    assertNonEmpty(key, 'key');
    this.dropExpired();
    const record = this.records.get(key);
    if (!record || record.completed) throw new Error(`no request in progress for idempotency key "${key}"`);
    return record;
  }

  private dropExpired(): void {
    const now = this.clock.now();
    for (const [key, record] of this.records) {
      if (record.expiresAt > now) break;
      this.records.delete(key);
    }
  }
}

function assertNonEmpty(value: string, name: string): void {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${name} must be a non-empty string`);
}
