// Plausible but wrong: the expiry heap remembers only keys, so when a key is written again the first write's
// expiry still fires and deletes the newer entry from the count.
export interface Clock {
  now(): number;
}

export class TTLCache {
  private readonly clock: Clock;
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();
  private readonly heap: { key: string; expiresAt: number }[] = [];

  constructor(clock: Clock) {
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.clock = clock;
  }

  set(key: string, value: unknown, ttlMs: number): void {
    if (typeof key !== 'string') throw new TypeError('key must be a string');
    if (value === null || value === undefined) throw new TypeError('value must not be null');
    if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new RangeError('ttlMs must be a positive integer');
    const expiresAt = this.clock.now() + ttlMs;
    this.entries.set(key, { value, expiresAt });
    this.push({ key, expiresAt });
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
    while (this.heap.length > 0 && this.expiryAt(0) <= now) this.entries.delete(this.pop().key);
    return this.entries.size;
  }

  private expiryAt(index: number): number {
    return this.heap[index]!.expiresAt;
  }

  private swap(i: number, j: number): void {
    const item = this.heap[i]!;
    this.heap[i] = this.heap[j]!;
    this.heap[j] = item;
  }

  private push(item: { key: string; expiresAt: number }): void {
    this.heap.push(item);
    for (let i = this.heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.expiryAt(parent) <= this.expiryAt(i)) break;
      this.swap(parent, i);
      i = parent;
    }
  }

  private pop(): { key: string; expiresAt: number } {
    const top = this.heap[0]!;
    const last = this.heap.pop()!;
    if (this.heap.length === 0) return top;
    this.heap[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.heap.length && this.expiryAt(left) < this.expiryAt(smallest)) smallest = left;
      if (right < this.heap.length && this.expiryAt(right) < this.expiryAt(smallest)) smallest = right;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
    return top;
  }
}
