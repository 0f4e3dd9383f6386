// Correct but O(n) per suggestion: keeps a plain map of terms and tests every one of them with startsWith.
export class Autocomplete {
  private readonly weights = new Map<string, number>();

  insert(word: string, weight: number): void {
    if (typeof word !== 'string' || word === '') throw new TypeError('word must be a non-empty string');
    if (!Number.isSafeInteger(weight) || weight < 0) throw new RangeError('weight must be a non-negative integer');
    this.weights.set(word, weight);
  }

  suggest(prefix: string, k: number): string[] {
    if (typeof prefix !== 'string') throw new TypeError('prefix must be a string');
    if (!Number.isInteger(k) || k < 0) throw new RangeError('k must be a non-negative integer');
    return [...this.weights]
      .filter(([word]) => word.startsWith(prefix))
      .sort(([wordA, weightA], [wordB, weightB]) => weightB - weightA || (wordA < wordB ? -1 : 1))
      .slice(0, k)
      .map(([word]) => word);
  }
}
