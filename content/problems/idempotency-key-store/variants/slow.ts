// Correct but slow: sweeps every stored record for expiry on every call, so each call costs O(records held).
interface Clock {
  now(): number;
}

interface StoredRequest {
  hash: string;
  createdAt: number;
  done: boolean;
  response: unknown;
}

export class IdempotencyStore {
  private readonly records = new Map<string, StoredRequest>();
  private readonly ttlMs: number;
  private readonly clock: Clock;

  constructor(ttlMs: number, clock: Clock) {
    if (!Number.isInteger(ttlMs) || ttlMs < 1) throw new RangeError('ttlMs must be a positive integer');
    this.ttlMs = ttlMs;
    this.clock = clock;
  }

  begin(key: string, requestHash: string): 'new' | 'in-progress' | { replay: unknown } {
    if (typeof key !== 'string' || key === '' || typeof requestHash !== 'string' || requestHash === '') {
      throw new TypeError('key and requestHash must be non-empty strings');
    }
    this.sweep();
    const record = this.records.get(key);
    if (!record) {
      this.records.set(key, { hash: requestHash, createdAt: this.clock.now(), done: false, response: null });
      return 'new';
    }
    if (record.hash !== requestHash) throw new Error('key reused with a different request');
    return record.done ? { replay: record.response } : 'in-progress';
  }

  complete(key: string, response: unknown): void {
    const record = this.pending(key);
    record.done = true;
    record.response = response;
  }

  release(key: string): void {
    this.pending(key);
    this.records.delete(key);
  }

  size(): number {
    this.sweep();
    return this.records.size;
  }

  private pending(key: string): StoredRequest {
    this.sweep();
    const record = this.records.get(key);
    if (!record || record.done) throw new Error('no request in progress for this key');
    return record;
  }

  private sweep(): void {
    const now = this.clock.now();
    for (const [key, record] of [...this.records]) {
      if (now >= record.createdAt + this.ttlMs) this.records.delete(key);
    }
  }
}
