// Plausible but wrong: the deque holds values, drops equal values on the way in, and evicts the front whenever it
// equals the value leaving the window, so a repeated peak is evicted too early.
export function maxLoadPerWindow(counts: number[], windowSize: number): number[] {
  if (!Array.isArray(counts)) throw new TypeError('counts must be an array');
  if (!Number.isInteger(windowSize) || windowSize < 1) throw new RangeError('windowSize must be a positive integer');
  if (counts.some((count) => !Number.isSafeInteger(count) || count < 0)) {
    throw new RangeError('counts must be non-negative integers');
  }
  const maxima: number[] = [];
  const deque: number[] = [];
  let front = 0;
  counts.forEach((count, second) => {
    if (second >= windowSize && deque[front] === counts[second - windowSize]) front++;
    while (deque.length > front && deque[deque.length - 1]! <= count) deque.pop();
    deque.push(count);
    if (second >= windowSize - 1) maxima.push(deque[front]!);
  });
  return maxima;
}
