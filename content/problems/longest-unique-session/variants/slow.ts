// Correct but O(n · k): starts a fresh set at every position and extends it until a code repeats.
export function longestUniqueRun(events: string): number {
  if (typeof events !== 'string') throw new TypeError('events must be a string');
  let longest = 0;
  for (let start = 0; start < events.length; start++) {
    const seen = new Set<string>();
    let end = start;
    while (end < events.length && !seen.has(events[end])) {
      seen.add(events[end]);
      end++;
    }
    longest = Math.max(longest, end - start);
  }
  return longest;
}
