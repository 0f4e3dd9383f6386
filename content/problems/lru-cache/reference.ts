/** A least-recently-used cache: a Map keeps keys in insertion order, so re-inserting a key marks it as fresh. */
export class LRUCache {
  private readonly entries = new Map<number, number>();
  private readonly capacity: number;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
  }

  get(key: number): number {
    const value = this.entries.get(key);
    if (value === undefined) return -1;
    this.markUsed(key, value);
    return value;
  }

  put(key: number, value: number): void {
    this.markUsed(key, value);
    if (this.entries.size > this.capacity) this.evictLeastRecent();
  }

  private markUsed(key: number, value: number): void {
    this.entries.delete(key);
    this.entries.set(key, value);
  }

  private evictLeastRecent(): void {
    const leastRecentKey = this.entries.keys().next().value;
    if (leastRecentKey !== undefined) this.entries.delete(leastRecentKey);
  }
}
