// Plausible but wrong: sorts by count only, so ties come out in insertion order, and never checks k.
export function topKFrequent(items: string[], k: number): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name]) => name);
}
