// Plausible but wrong: strips punctuation before splitting and splits on single spaces only, so tabs and
// newlines glue words together ("a\tb" becomes "ab") and runs of spaces are handled only by the empty filter.
export function topWords(text: string, limit: number): { word: string; count: number }[] {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError('limit must be a non-negative integer');
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().replace(/[^a-z0-9 ]/g, '').split(' ')) {
    if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1))
    .slice(0, limit);
}
