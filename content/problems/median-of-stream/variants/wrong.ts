// Plausible but wrong: the two heaps are right, but the even-count median is rounded down to an integer, as if
// response times were always whole and the mean of two of them were too.
class Heap {
  private readonly items: number[] = [];
  private readonly before: (a: number, b: number) => boolean;

  constructor(before: (a: number, b: number) => boolean) {
    this.before = before;
  }

  get size(): number {
    return this.items.length;
  }

  peek(): number {
    return this.items[0];
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let index = items.length - 1;
    while (index > 0 && this.before(items[index], items[(index - 1) >> 1])) {
      const parent = (index - 1) >> 1;
      [items[index], items[parent]] = [items[parent], items[index]];
      index = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = items[0];
    const last = items.pop() as number;
    if (items.length > 0) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let best = index;
        if (left < items.length && this.before(items[left], items[best])) best = left;
        if (right < items.length && this.before(items[right], items[best])) best = right;
        if (best === index) break;
        [items[index], items[best]] = [items[best], items[index]];
        index = best;
      }
    }
    return top;
  }
}

export class RunningMedian {
  private readonly low = new Heap((a, b) => a > b);
  private readonly high = new Heap((a, b) => a < b);

  add(value: number): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError('value must be a finite number');
    if (this.low.size === 0 || value <= this.low.peek()) this.low.push(value);
    else this.high.push(value);
    if (this.low.size > this.high.size + 1) this.high.push(this.low.pop());
    else if (this.high.size > this.low.size) this.low.push(this.high.pop());
  }

  median(): number {
    if (this.low.size === 0) throw new RangeError('no values recorded yet');
    if (this.low.size > this.high.size) return this.low.peek();
    return Math.floor((this.low.peek() + this.high.peek()) / 2);
  }
}
