// Correct but O(n · windowSize): scans every window from scratch.
export function maxLoadPerWindow(counts: number[], windowSize: number): number[] {
  if (!Array.isArray(counts)) throw new TypeError('counts must be an array');
  if (!Number.isInteger(windowSize) || windowSize < 1) throw new RangeError('windowSize must be a positive integer');
  if (counts.some((count) => !Number.isSafeInteger(count) || count < 0)) {
    throw new RangeError('counts must be non-negative integers');
  }
  const maxima: number[] = [];
  for (let start = 0; start + windowSize <= counts.length; start++) {
    let peak = counts[start]!;
    for (let second = start + 1; second < start + windowSize; second++) peak = Math.max(peak, counts[second]!);
    maxima.push(peak);
  }
  return maxima;
}
