// Correct but O(n · k): removes the current maximum k times, scanning the whole copy each time.
export function kthLargest(latencies: number[], k: number): number {
  if (!Array.isArray(latencies) || !latencies.every((value) => typeof value === 'number' && Number.isFinite(value))) {
    throw new TypeError('latencies must be an array of finite numbers');
  }
  if (!Number.isInteger(k) || k < 1 || k > latencies.length) throw new RangeError('k out of range');
  const remaining = [...latencies];
  let largest = -Infinity;
  for (let round = 0; round < k; round++) {
    let maxIndex = 0;
    for (let i = 1; i < remaining.length; i++) if (remaining[i] > remaining[maxIndex]) maxIndex = i;
    largest = remaining[maxIndex];
    remaining.splice(maxIndex, 1);
  }
  return largest;
}
