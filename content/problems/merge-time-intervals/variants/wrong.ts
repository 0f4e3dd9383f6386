// Plausible but wrong: extends the last block to the end of the next booking instead of the later of the two ends,
// so a booking nested inside a longer one cuts the block short.
type Interval = [number, number];

export function mergeBookings(intervals: Interval[]): Interval[] {
  if (!Array.isArray(intervals)) throw new TypeError('intervals must be an array');
  for (const interval of intervals) {
    if (!Array.isArray(interval) || interval.length !== 2 || !interval.every(Number.isFinite)) {
      throw new TypeError('each interval must be a pair of numbers');
    }
    if (interval[0] >= interval[1]) throw new RangeError('an interval must start before it ends');
  }
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else merged.push([start, end]);
  }
  return merged;
}
