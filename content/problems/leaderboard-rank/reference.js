/** The Park–Miller generator behind the treap priorities. */
const PRIORITY_MULTIPLIER = 48271;
const PRIORITY_MODULUS = 2147483647;

/**
 * Running totals per player, kept in a size-augmented treap ordered by score (highest first) and then by name,
 * so a player's rank is found in O(log n) by counting the nodes that precede it.
 * A node is { player, score, priority, size, left, right }, size being the number of nodes in its subtree.
 */
export class Leaderboard {
  #totals = new Map();
  #root = null;
  #prioritySeed = 1;

  addScore(player, points) {
    if (typeof player !== 'string' || player === '') throw new TypeError('player must be a non-empty string');
    if (!Number.isSafeInteger(points)) throw new RangeError(`points must be an integer, got ${points}`);
    const previous = this.#totals.get(player);
    if (previous !== undefined) this.#removeNode(player, previous);
    const total = (previous ?? 0) + points;
    this.#totals.set(player, total);
    this.#insertNode({ player, score: total, priority: this.#nextPriority(), size: 1, left: null, right: null });
    return total;
  }

  top(k) {
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
    const standings = [];
    const path = [];
    let node = this.#root;
    while (standings.length < k && (node !== null || path.length > 0)) {
      for (; node !== null; node = node.left) path.push(node);
      const next = path.pop();
      standings.push({ player: next.player, score: next.score });
      node = next.right;
    }
    return standings;
  }

  rank(player) {
    const score = this.#totals.get(player);
    if (score === undefined) return -1;
    let ahead = 0;
    let node = this.#root;
    while (node !== null) {
      if (node.player === player) return ahead + sizeOf(node.left) + 1;
      if (precedes(player, score, node)) {
        node = node.left;
      } else {
        ahead += sizeOf(node.left) + 1;
        node = node.right;
      }
    }
    throw new Error(`ranking tree is missing ${player}`);
  }

  #insertNode(item) {
    const spot = this.#walkTo(item.player, item.score, +1, (node) => node.priority <= item.priority);
    const { before, after } = split(spot.node, item.player, item.score);
    item.left = before;
    item.right = after;
    this.#attach(spot, updateSize(item));
  }

  #removeNode(player, score) {
    const spot = this.#walkTo(player, score, -1, (node) => node.player === player);
    if (spot.node === null) throw new Error(`ranking tree is missing ${player}`);
    this.#attach(spot, merge(spot.node.left, spot.node.right));
  }

  /**
   * Walks down from the root along the path to (player, score) until `isTarget` accepts a node or the path ends,
   * adding `sizeChange` to the size of every node passed on the way (their subtrees gain or lose one node).
   * Returns where it stopped: { parent, isLeftChild, node }.
   */
  #walkTo(player, score, sizeChange, isTarget) {
    const spot = { parent: null, isLeftChild: false, node: this.#root };
    while (spot.node !== null && !isTarget(spot.node)) {
      spot.node.size += sizeChange;
      spot.parent = spot.node;
      spot.isLeftChild = precedes(player, score, spot.node);
      spot.node = spot.isLeftChild ? spot.node.left : spot.node.right;
    }
    return spot;
  }

  /** Puts a subtree where the walk stopped. */
  #attach(spot, subtree) {
    if (spot.parent === null) this.#root = subtree;
    else if (spot.isLeftChild) spot.parent.left = subtree;
    else spot.parent.right = subtree;
  }

  /** Deterministic pseudo-random treap priorities, which keep the tree balanced on average. */
  #nextPriority() {
    this.#prioritySeed = (this.#prioritySeed * PRIORITY_MULTIPLIER) % PRIORITY_MODULUS;
    return this.#prioritySeed;
  }
}

/** Whether a player with this score comes before the node: higher score first, then name in ascending order. */
function precedes(player, score, node) {
  return score > node.score || (score === node.score && player < node.player);
}

function sizeOf(node) {
  return node === null ? 0 : node.size;
}

function updateSize(node) {
  node.size = 1 + sizeOf(node.left) + sizeOf(node.right);
  return node;
}

/** Splits a tree into the nodes that come before (player, score) and the rest. */
function split(node, player, score) {
  if (node === null) return { before: null, after: null };
  if (precedes(player, score, node)) {
    const { before, after } = split(node.left, player, score);
    node.left = after;
    return { before, after: updateSize(node) };
  }
  const { before, after } = split(node.right, player, score);
  node.right = before;
  return { before: updateSize(node), after };
}

/** Joins two trees where every node of `first` comes before every node of `second`. */
function merge(first, second) {
  if (first === null) return second;
  if (second === null) return first;
  if (first.priority > second.priority) {
    first.right = merge(first.right, second);
    return updateSize(first);
  }
  second.left = merge(first, second.left);
  return updateSize(second);
}
