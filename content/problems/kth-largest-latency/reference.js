/** The k-th largest latency (1 = the largest); equal values count separately. O(n log k) with a min-heap. */
export function kthLargest(latencies, k) {
  if (!Array.isArray(latencies)) throw new TypeError('latencies must be an array of numbers');
  latencies.forEach((latency, index) => {
    if (typeof latency !== 'number' || !Number.isFinite(latency)) {
      throw new TypeError(`latencies[${index}] must be a finite number, got ${JSON.stringify(latency)}`);
    }
  });
  if (!Number.isInteger(k) || k < 1 || k > latencies.length) {
    throw new RangeError(`k must be an integer from 1 to ${latencies.length}, got ${k}`);
  }

  const largestSoFar = new MinHeap();
  for (const latency of latencies) {
    if (largestSoFar.size < k) largestSoFar.push(latency);
    else if (latency > largestSoFar.peek()) largestSoFar.replaceTop(latency);
  }
  return largestSoFar.peek();
}

/** A binary min-heap of numbers. */
class MinHeap {
  #items = [];

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

  replaceTop(value) {
    this.#items[0] = value;
    this.#siftDown();
  }

  /** Moves the last item up to its place. */
  #siftUp() {
    const items = this.#items;
    let index = items.length - 1;
    const value = items[index];
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (items[parent] <= value) break;
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
    for (;;) {
      const left = 2 * index + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const smallerChild = right < items.length && items[right] < items[left] ? right : left;
      if (items[smallerChild] >= value) break;
      items[index] = items[smallerChild];
      index = smallerChild;
    }
    items[index] = value;
  }
}
