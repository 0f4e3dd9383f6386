/**
 * The peak load of every full window of `windowSize` seconds, in O(n). A deque holds the seconds that could still
 * be some window's maximum, as parallel arrays of second and count, counts strictly decreasing from front to back:
 * a new count removes every smaller-or-equal count behind it, and the front leaves once its second is out of the
 * window.
 */
export function maxLoadPerWindow(counts, windowSize) {
  assertValidInput(counts, windowSize);
  const maxima = [];
  const dequeSeconds = new Array(counts.length);
  const dequeCounts = new Array(counts.length);
  let front = 0;
  let back = 0;
  counts.forEach((count, second) => {
    while (back > front && dequeCounts[back - 1] <= count) back--;
    dequeSeconds[back] = second;
    dequeCounts[back] = count;
    back++;
    if (dequeSeconds[front] <= second - windowSize) front++;
    if (second >= windowSize - 1) maxima.push(dequeCounts[front]);
  });
  return maxima;
}

function assertValidInput(counts, windowSize) {
  if (!Array.isArray(counts)) throw new TypeError('counts must be an array');
  if (!Number.isInteger(windowSize) || windowSize < 1) {
    throw new RangeError(`windowSize must be a positive integer, got ${windowSize}`);
  }
  const badIndex = counts.findIndex((count) => !Number.isSafeInteger(count) || count < 0);
  if (badIndex >= 0) {
    throw new RangeError(`counts[${badIndex}] must be a non-negative integer, got ${counts[badIndex]}`);
  }
}
