// Plausible but wrong: when a key hashes past the last point it clamps to the last point instead of wrapping round
// to the first one, so the top of the ring belongs to the wrong node.
interface RingPoint {
  position: number;
  node: string;
}

export class HashRing {
  private readonly replicas: number;
  private readonly nodes = new Set<string>();
  private points: RingPoint[] = [];

  constructor(replicas: number) {
    if (!Number.isInteger(replicas) || replicas < 1) throw new RangeError('replicas must be a positive integer');
    this.replicas = replicas;
  }

  addNode(name: string): void {
    if (typeof name !== 'string' || name === '') throw new TypeError('bad node name');
    if (this.nodes.has(name)) throw new Error('node already present');
    this.nodes.add(name);
    for (let i = 0; i < this.replicas; i++) this.points.push({ position: ringHash(`${name}#${i}`), node: name });
    this.points.sort((a, b) => a.position - b.position || (a.node < b.node ? -1 : 1));
  }

  removeNode(name: string): void {
    if (!this.nodes.delete(name)) throw new Error('node not present');
    this.points = this.points.filter((point) => point.node !== name);
  }

  nodeFor(key: string): string | null {
    if (typeof key !== 'string') throw new TypeError('key must be a string');
    if (this.points.length === 0) return null;
    const target = ringHash(key);
    let low = 0;
    let high = this.points.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.points[middle]!.position < target) low = middle + 1;
      else high = middle;
    }
    return this.points[Math.min(low, this.points.length - 1)]!.node;
  }
}

function ringHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
