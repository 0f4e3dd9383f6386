// Correct but O(n) per size(): every call walks the whole map to count (and drop) expired entries.
export interface Clock {
  now(): number;
}

export class TTLCache {
  private readonly clock: Clock;
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();

  constructor(clock: Clock) {
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.clock = clock;
  }

  set(key: string, value: unknown, ttlMs: number): void {
    if (typeof key !== 'string') throw new TypeError('key must be a string');
    if (value === null || value === undefined) throw new TypeError('value must not be null');
    if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new RangeError('ttlMs must be a positive integer');
    this.entries.set(key, { value, expiresAt: this.clock.now() + ttlMs });
  }

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt <= this.clock.now()) return null;
    return entry.value;
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    this.entries.delete(key);
    return entry !== undefined && entry.expiresAt > this.clock.now();
  }

  size(): number {
    const now = this.clock.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    return this.entries.size;
  }
}
