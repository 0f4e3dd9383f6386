/**
 * The median of a stream of numbers. The lower half lives in a max-heap and the upper half in a min-heap; the
 * lower half holds as many values as the upper half, or one more, so the median is read off the two tops.
 */
export class RunningMedian {
  #lowerHalf = new Heap((a, b) => a > b);
  #upperHalf = new Heap((a, b) => a < b);

  add(value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`value must be a finite number, got ${JSON.stringify(value)}`);
    }
    if (this.#lowerHalf.size === 0 || value <= this.#lowerHalf.peek()) this.#lowerHalf.push(value);
    else this.#upperHalf.push(value);
    this.#rebalance();
  }

  median() {
    if (this.#lowerHalf.size === 0) throw new RangeError('no values recorded yet');
    if (this.#lowerHalf.size > this.#upperHalf.size) return this.#lowerHalf.peek();
    return (this.#lowerHalf.peek() + this.#upperHalf.peek()) / 2;
  }

  #rebalance() {
    if (this.#lowerHalf.size > this.#upperHalf.size + 1) this.#upperHalf.push(this.#lowerHalf.pop());
    else if (this.#upperHalf.size > this.#lowerHalf.size) this.#lowerHalf.push(this.#upperHalf.pop());
  }
}

/** A binary heap of numbers; `comesFirst(a, b)` is true when a belongs nearer the top than b. */
class Heap {
  #items = [];
  #comesFirst;

  constructor(comesFirst) {
    this.#comesFirst = comesFirst;
  }

  get size() {
    return this.#items.length;
  }

  peek() {
    return this.#items[0];
  }

  push(value) {
    this.#items.push(value);
    this.#siftUp();
  }

  pop() {
    const top = this.#items[0];
    const last = this.#items.pop();
    if (this.#items.length > 0) {
      this.#items[0] = last;
      this.#siftDown();
    }
    return top;
  }

  /** Moves the last item up to its place. */
  #siftUp() {
    const items = this.#items;
    let index = items.length - 1;
    const value = items[index];
    const comesFirst = this.#comesFirst;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!comesFirst(value, items[parent])) break;
      items[index] = items[parent];
      index = parent;
    }
    items[index] = value;
  }

  /** Moves the top item down to its place. */
  #siftDown() {
    const items = this.#items;
    let index = 0;
    const value = items[index];
    const comesFirst = this.#comesFirst;
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
