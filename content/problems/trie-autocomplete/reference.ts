export interface Suggestion {
  word: string;
  weight: number;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  /** The word that ends here, if any, with its weight. */
  entry: Suggestion | null;
}

/**
 * Weighted autocomplete over a trie: a suggestion walks down to the prefix's node and ranks only the words below
 * it, heaviest first, ties in alphabetical order.
 */
export class Autocomplete {
  private readonly root: TrieNode = newNode();

  insert(word: string, weight: number): void {
    if (typeof word !== 'string' || word === '') throw new TypeError('word must be a non-empty string');
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`weight must be a non-negative integer, got ${weight}`);
    }
    let node = this.root;
    for (const char of word) {
      let child = node.children.get(char);
      if (child === undefined) {
        child = newNode();
        node.children.set(char, child);
      }
      node = child;
    }
    node.entry = { word, weight };
  }

  suggest(prefix: string, k: number): string[] {
    if (typeof prefix !== 'string') throw new TypeError('prefix must be a string');
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
    const start = this.find(prefix);
    if (start === null || k === 0) return [];
    return wordsBelow(start)
      .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1))
      .slice(0, k)
      .map((entry) => entry.word);
  }

  private find(prefix: string): TrieNode | null {
    let node: TrieNode | undefined = this.root;
    for (const char of prefix) {
      node = node.children.get(char);
      if (node === undefined) return null;
    }
    return node;
  }
}

function newNode(): TrieNode {
  return { children: new Map(), entry: null };
}

/** Every word stored in the subtree, found with an explicit stack. */
function wordsBelow(start: TrieNode): Suggestion[] {
  const found: Suggestion[] = [];
  const pending = [start];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.entry !== null) found.push(node.entry);
    for (const child of node.children.values()) pending.push(child);
  }
  return found;
}
