const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MIX_MULTIPLIER_1 = 0x85ebca6b;
const MIX_MULTIPLIER_2 = 0xc2b2ae35;
const MIX_SHIFT_1 = 16;
const MIX_SHIFT_2 = 13;

/** A consistent hash ring: each node owns `replicas` points, and a key belongs to the first point at or after it. */
export class HashRing {
  #replicas;
  #nodes = new Set();
  /** Every node's points, by position, then by node name so a shared position goes to the first name. */
  #points = [];

  constructor(replicas) {
    if (!Number.isInteger(replicas) || replicas < 1) {
      throw new RangeError(`replicas must be a positive integer, got ${replicas}`);
    }
    this.#replicas = replicas;
  }

  addNode(name) {
    assertNodeName(name);
    if (this.#nodes.has(name)) throw new Error(`node "${name}" is already in the ring`);
    this.#nodes.add(name);
    const added = Array.from({ length: this.#replicas }, (_, replica) => ({
      position: ringHash(`${name}#${replica}`),
      node: name,
    }));
    this.#points = [...this.#points, ...added].sort(byPositionThenNode);
  }

  removeNode(name) {
    assertNodeName(name);
    if (!this.#nodes.delete(name)) throw new Error(`node "${name}" is not in the ring`);
    this.#points = this.#points.filter((point) => point.node !== name);
  }

  /** The node owning `key`, or null when the ring has no nodes. */
  nodeFor(key) {
    if (typeof key !== 'string') throw new TypeError('key must be a string');
    if (this.#points.length === 0) return null;
    const index = firstPointAtOrAfter(this.#points, ringHash(key));
    // Past the last point the ring wraps around to the first one.
    return this.#points[index % this.#points.length].node;
  }
}

/** Binary search: the index of the first point whose position is at least `position` (points.length if none). */
function firstPointAtOrAfter(points, position) {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (points[middle].position < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function byPositionThenNode(a, b) {
  if (a.position !== b.position) return a.position - b.position;
  if (a.node === b.node) return 0;
  return a.node < b.node ? -1 : 1;
}

function assertNodeName(name) {
  if (typeof name !== 'string' || name === '') throw new TypeError('a node name must be a non-empty string');
}

/** 32-bit FNV-1a over the UTF-16 code units of `text`, then the MurmurHash3 finalizer to spread similar texts. */
function ringHash(text) {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  hash ^= hash >>> MIX_SHIFT_1;
  hash = Math.imul(hash, MIX_MULTIPLIER_1);
  hash ^= hash >>> MIX_SHIFT_2;
  hash = Math.imul(hash, MIX_MULTIPLIER_2);
  hash ^= hash >>> MIX_SHIFT_1;
  return hash >>> 0;
}
