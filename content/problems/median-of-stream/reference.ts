/**
 * The median of a stream of numbers. The lower half lives in a max-heap and the upper half in a min-heap; the
 * lower half holds as many values as the upper half, or one more, so the median is read off the two tops.
 */
export class RunningMedian {
  private readonly lowerHalf = new Heap((a, b) => a > b);
  private readonly upperHalf = new Heap((a, b) => a < b);

  add(value: number): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`value must be a finite number, got ${JSON.stringify(value)}`);
    }
    if (this.lowerHalf.size === 0 || value <= this.lowerHalf.peek()) this.lowerHalf.push(value);
    else this.upperHalf.push(value);
    this.rebalance();
  }

  median(): number {
    if (this.lowerHalf.size === 0) throw new RangeError('no values recorded yet');
    if (this.lowerHalf.size > this.upperHalf.size) return this.lowerHalf.peek();
    return (this.lowerHalf.peek() + this.upperHalf.peek()) / 2;
  }

  private rebalance(): void {
    if (this.lowerHalf.size > this.upperHalf.size + 1) this.upperHalf.push(this.lowerHalf.pop());
    else if (this.upperHalf.size > this.lowerHalf.size) this.lowerHalf.push(this.upperHalf.pop());
  }
}

/** A binary heap of numbers; `comesFirst(a, b)` is true when a belongs nearer the top than b. */
class Heap {
  private readonly items: number[] = [];
  private readonly comesFirst: (a: number, b: number) => boolean;

  constructor(comesFirst: (a: number, b: number) => boolean) {
    this.comesFirst = comesFirst;
  }

  get size(): number {
    return this.items.length;
  }

  peek(): number {
    return this.items[0];
  }

  push(value: number): void {
    this.items.push(value);
    this.siftUp();
  }

  pop(): number {
    const top = this.items[0];
    const last = this.items.pop() as number;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.siftDown();
    }
    return top;
  }

  /** Moves the last item up to its place. */
  private siftUp(): void {
    const { items, comesFirst } = this;
    let index = items.length - 1;
    const value = items[index];
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!comesFirst(value, items[parent])) break;
      items[index] = items[parent];
      index = parent;
    }
    items[index] = value;
  }

  /** Moves the top item down to its place. */
  private siftDown(): void {
    const { items, comesFirst } = this;
    let index = 0;
    const value = items[index];
    for (;;) {
      const left = 2 * index + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && comesFirst(items[right], items[left]) ? right : left;
      if (!comesFirst(items[child], value)) break;
      items[index] = items[child];
      index = child;
    }
    items[index] = value;
  }
}
