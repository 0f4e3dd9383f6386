// Correct but O(capacity) per operation: an array of keys in use order, searched and spliced on every access.
export class LRUCache {
  private readonly values = new Map<number, number>();
  private readonly order: number[] = [];
  private readonly capacity: number;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    this.capacity = capacity;
  }

  get(key: number): number {
    if (!this.values.has(key)) return -1;
    this.touch(key);
    return this.values.get(key)!;
  }

  put(key: number, value: number): void {
    this.values.set(key, value);
    this.touch(key);
    if (this.order.length > this.capacity) this.values.delete(this.order.shift()!);
  }

  private touch(key: number): void {
    const position = this.order.indexOf(key);
    if (position >= 0) this.order.splice(position, 1);
    this.order.push(key);
  }
}
