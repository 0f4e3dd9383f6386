// Correct but quadratic: counts each distinct item by scanning the whole list again.
export function topKFrequent(items: string[], k: number): string[] {
  const distinct = [...new Set(items)];
  if (!Number.isInteger(k) || k < 0 || k > distinct.length) throw new RangeError('k out of range');
  const counted = distinct.map((name) => ({ name, count: items.filter((item) => item === name).length }));
  counted.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  return counted.slice(0, k).map((entry) => entry.name);
}
