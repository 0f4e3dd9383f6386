/** The k items that occur most often, most frequent first; ties in alphabetical order. */
export function topKFrequent(items, k) {
  const counts = countOccurrences(items);
  if (!Number.isInteger(k) || k < 0 || k > counts.size) {
    throw new RangeError(`k must be an integer from 0 to ${counts.size}, got ${k}`);
  }
  return [...counts.entries()]
    .sort(([nameA, countA], [nameB, countB]) => countB - countA || (nameA < nameB ? -1 : 1))
    .slice(0, k)
    .map(([name]) => name);
}

function countOccurrences(items) {
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
