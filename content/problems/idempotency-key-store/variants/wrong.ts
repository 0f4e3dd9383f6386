// Plausible but wrong: uses the stored response itself to tell a finished request from one in progress, so a
// request that completed with null or false is reported as still in progress and can be completed twice.
interface Clock {
  now(): number;
}

interface StoredRequest {
  hash: string;
  expiresAt: number;
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
    const record = this.live(key);
    if (!record) {
      this.records.set(key, { hash: requestHash, expiresAt: this.clock.now() + this.ttlMs, response: undefined });
      return 'new';
    }
    if (record.hash !== requestHash) throw new Error('key reused with a different request');
    return record.response ? { replay: record.response } : 'in-progress';
  }

  complete(key: string, response: unknown): void {
    const record = this.live(key);
    if (!record || record.response) throw new Error('no request in progress for this key');
    record.response = response;
  }

  release(key: string): void {
    const record = this.live(key);
    if (!record || record.response) throw new Error('no request in progress for this key');
    this.records.delete(key);
  }

  size(): number {
    const now = this.clock.now();
    for (const [key, record] of this.records) {
      if (record.expiresAt > now) break;
      this.records.delete(key);
    }
    return this.records.size;
  }

  private live(key: string): StoredRequest | undefined {
    this.size();
    return this.records.get(key);
  }
}
