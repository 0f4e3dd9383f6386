// Plausible but wrong: the default sort compares numbers as strings ("1000" < "300" < "5"), so values of
// different digit lengths come out in the wrong order.
export function kthLargest(latencies: number[], k: number): number {
  if (!Array.isArray(latencies)) throw new TypeError('latencies must be an array');
  if (!latencies.every((value) => typeof value === 'number' && Number.isFinite(value))) {
    throw new TypeError('latencies must be finite numbers');
  }
  if (!Number.isInteger(k) || k < 1 || k > latencies.length) throw new RangeError('k out of range');
  const descending = [...latencies].sort().reverse();
  return descending[k - 1];
}
