/** Anything that is neither part of a word nor whitespace between words. */
const PUNCTUATION = /[^a-z0-9\s]/g;

/** The `limit` most frequent words: most frequent first, ties in alphabetical order. */
export function topWords(text, limit) {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a non-negative integer, got ${String(limit)}`);
  }
  return rankByCount(countWords(text)).slice(0, limit);
}

/** Lowercased, whitespace-separated words with everything but a-z and 0-9 removed. */
function wordsOf(text) {
  return text
    .toLowerCase()
    .replace(PUNCTUATION, '')
    .split(/\s+/)
    .filter((word) => word !== '');
}

function countWords(text) {
  const counts = new Map();
  for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function rankByCount(counts) {
  // Each word occurs once here, so two entries never tie on both count and word.
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
}
