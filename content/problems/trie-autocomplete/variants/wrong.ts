// Plausible but wrong: a node's weight doubles as the end-of-word marker, so a term of weight 0 is never suggested.
interface TrieNode {
  children: Map<string, TrieNode>;
  weight: number;
}

export class Autocomplete {
  private readonly root: TrieNode = { children: new Map(), weight: 0 };

  insert(word: string, weight: number): void {
    if (typeof word !== 'string' || word === '') throw new TypeError('word must be a non-empty string');
    if (!Number.isSafeInteger(weight) || weight < 0) throw new RangeError('weight must be a non-negative integer');
    let node = this.root;
    for (const char of word) {
      if (!node.children.has(char)) node.children.set(char, { children: new Map(), weight: 0 });
      node = node.children.get(char)!;
    }
    node.weight = weight;
  }

  suggest(prefix: string, k: number): string[] {
    if (typeof prefix !== 'string') throw new TypeError('prefix must be a string');
    if (!Number.isInteger(k) || k < 0) throw new RangeError('k must be a non-negative integer');
    let node: TrieNode | undefined = this.root;
    for (const char of prefix) {
      node = node.children.get(char);
      if (!node) return [];
    }
    const found: { word: string; weight: number }[] = [];
    const collect = (current: TrieNode, word: string) => {
      if (current.weight) found.push({ word, weight: current.weight });
      for (const [char, child] of current.children) collect(child, word + char);
    };
    collect(node, prefix);
    found.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1));
    return found.slice(0, k).map((entry) => entry.word);
  }
}
