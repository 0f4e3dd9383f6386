// Correct but quadratic: merges each booking into the list of blocks built so far by checking every block.
type Interval = [number, number];

export function mergeBookings(intervals: Interval[]): Interval[] {
  if (!Array.isArray(intervals)) throw new TypeError('intervals must be an array');
  let blocks: Interval[] = [];
  for (const interval of intervals) {
    if (!Array.isArray(interval) || interval.length !== 2 || !interval.every(Number.isFinite)) {
      throw new TypeError('each interval must be a pair of numbers');
    }
    if (interval[0] >= interval[1]) throw new RangeError('an interval must start before it ends');
    let block: Interval = [interval[0], interval[1]];
    const untouched: Interval[] = [];
    for (const other of blocks) {
      if (other[0] <= block[1] && block[0] <= other[1]) block = [Math.min(block[0], other[0]), Math.max(block[1], other[1])];
      else untouched.push(other);
    }
    untouched.push(block);
    blocks = untouched;
  }
  return blocks.sort((a, b) => a[0] - b[0]);
}
