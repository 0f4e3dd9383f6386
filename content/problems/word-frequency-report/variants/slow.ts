// Correct but O(n · d): keeps the counts in an array and searches it linearly for every word.
export function topWords(text: string, limit: number): { word: string; count: number }[] {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError('limit must be a non-negative integer');
  const counts: { word: string; count: number }[] = [];
  for (const piece of text.toLowerCase().split(/\s+/)) {
    const word = piece.replace(/[^a-z0-9]/g, '');
    if (word === '') continue;
    const entry = counts.find((candidate) => candidate.word === word);
    if (entry) entry.count++;
    else counts.push({ word, count: 1 });
  }
  counts.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
  return counts.slice(0, limit);
}
