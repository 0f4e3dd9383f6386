export interface Clock {
  now(): number;
}

interface Entry {
  readonly key: string;
  readonly value: unknown;
  readonly expiresAt: number;
}

/**
 * A cache whose entries expire a fixed time after they were written. A min-heap of expiry times lets size() drop
 * expired entries in order, without scanning the live ones; a heap item whose entry has since been overwritten or
 * deleted is stale and simply skipped.
 */
export class TTLCache {
  private readonly clock: Clock;
  private readonly entries = new Map<string, Entry>();
  private readonly byExpiry = new ExpiryHeap();

  constructor(clock: Clock) {
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.clock = clock;
  }

  set(key: string, value: unknown, ttlMs: number): void {
    if (typeof key !== 'string') throw new TypeError(`key must be a string, got ${typeof key}`);
    if (value === null || value === undefined) throw new TypeError('value must not be null or undefined');
    if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs must be a positive integer, got ${ttlMs}`);
    this.removeExpired();
    const entry: Entry = { key, value, expiresAt: this.clock.now() + ttlMs };
    this.entries.set(key, entry);
    this.byExpiry.push(entry);
  }

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (entry === undefined) return null;
    if (this.isExpired(entry)) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (entry === undefined) return false;
    this.entries.delete(key);
    return !this.isExpired(entry);
  }

  size(): number {
    this.removeExpired();
    return this.entries.size;
  }

  private isExpired(entry: Entry): boolean {
    return entry.expiresAt <= this.clock.now();
  }

  /** Pops every heap item whose time has come; only the item that is still the key's current entry removes it. */
  private removeExpired(): void {
    for (let oldest = this.byExpiry.peek(); oldest && this.isExpired(oldest); oldest = this.byExpiry.peek()) {
      this.byExpiry.pop();
      if (this.entries.get(oldest.key) === oldest) this.entries.delete(oldest.key);
    }
  }
}

/** A binary min-heap of entries, earliest expiry on top. */
class ExpiryHeap {
  private readonly items: Entry[] = [];

  peek(): Entry | undefined {
    return this.items[0];
  }

  push(entry: Entry): void {
    const { items } = this;
    let index = items.length;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex]!;
      if (parent.expiresAt <= entry.expiresAt) break;
      items[index] = parent;
      index = parentIndex;
    }
    items[index] = entry;
  }

  pop(): Entry | undefined {
    const { items } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let index = 0;
    for (;;) {
      let childIndex = 2 * index + 1;
      if (childIndex >= items.length) break;
      const rightIndex = childIndex + 1;
      if (rightIndex < items.length && items[rightIndex]!.expiresAt < items[childIndex]!.expiresAt) {
        childIndex = rightIndex;
      }
      const child = items[childIndex]!;
      if (last.expiresAt <= child.expiresAt) break;
      items[index] = child;
      index = childIndex;
    }
    items[index] = last;
    return top;
  }
}
