/** Length of the longest contiguous stretch of events in which no event code repeats. */
export function longestUniqueRun(events) {
  if (typeof events !== 'string') {
    throw new TypeError(`events must be a string, got ${events === null ? 'null' : typeof events}`);
  }
  const lastSeenAt = new Map();
  let windowStart = 0;
  let longest = 0;
  for (let index = 0; index < events.length; index++) {
    const code = events[index];
    const previous = lastSeenAt.get(code);
    if (previous !== undefined && previous >= windowStart) windowStart = previous + 1;
    lastSeenAt.set(code, index);
    longest = Math.max(longest, index - windowStart + 1);
  }
  return longest;
}
