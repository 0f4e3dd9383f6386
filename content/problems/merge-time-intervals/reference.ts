type Interval = [start: number, end: number];

/** Merges bookings that overlap or touch into busy blocks, sorted by start. The input is left untouched. */
export function mergeBookings(intervals: readonly Interval[]): Interval[] {
  if (!Array.isArray(intervals)) throw new TypeError('intervals must be an array of [start, end] pairs');
  intervals.forEach(assertValidInterval);
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function assertValidInterval(interval: Interval, index: number): void {
  const isPair = Array.isArray(interval) && interval.length === 2 && interval.every(Number.isFinite);
  if (!isPair) throw new TypeError(`interval ${index} must be a pair of finite numbers`);
  if (interval[0] >= interval[1]) throw new RangeError(`interval ${index} must start before it ends`);
}
