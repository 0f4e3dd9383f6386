// Correct but slow: keeps the points unsorted and scans all of them on every lookup, O(P) per nodeFor.
interface RingPoint {
  position: number;
  node: string;
}

export class HashRing {
  private readonly replicas: number;
  private points: RingPoint[] = [];

  constructor(replicas: number) {
    if (!Number.isInteger(replicas) || replicas < 1) throw new RangeError('replicas must be a positive integer');
    this.replicas = replicas;
  }

  addNode(name: string): void {
    if (typeof name !== 'string' || name === '') throw new TypeError('bad node name');
    if (this.points.some((point) => point.node === name)) throw new Error('node already present');
    for (let i = 0; i < this.replicas; i++) this.points.push({ position: ringHash(`${name}#${i}`), node: name });
  }

  removeNode(name: string): void {
    if (typeof name !== 'string' || name === '') throw new TypeError('bad node name');
    const before = this.points.length;
    this.points = this.points.filter((point) => point.node !== name);
    if (this.points.length === before) throw new Error('node not present');
  }

  nodeFor(key: string): string | null {
    if (typeof key !== 'string') throw new TypeError('key must be a string');
    const target = ringHash(key);
    let after: RingPoint | null = null;
    let lowest: RingPoint | null = null;
    for (const point of this.points) {
      if (point.position >= target && (!after || isBefore(point, after))) after = point;
      if (!lowest || isBefore(point, lowest)) lowest = point;
    }
    return (after ?? lowest)?.node ?? null;
  }
}

function isBefore(a: RingPoint, b: RingPoint): boolean {
  return a.position < b.position || (a.position === b.position && a.node < b.node);
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
