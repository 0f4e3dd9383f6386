// Plausible but wrong: on a repeat it jumps the window start to just after the previous occurrence even when
// that occurrence is already outside the window, so the window can slide backwards and include a duplicate.
export function longestUniqueRun(events: string): number {
  if (typeof events !== 'string') throw new TypeError('events must be a string');
  const lastSeenAt = new Map<string, number>();
  let windowStart = 0;
  let longest = 0;
  for (let index = 0; index < events.length; index++) {
    const previous = lastSeenAt.get(events[index]);
    if (previous !== undefined) windowStart = previous + 1;
    lastSeenAt.set(events[index], index);
    longest = Math.max(longest, index - windowStart + 1);
  }
  return longest;
}
