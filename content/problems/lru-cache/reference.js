/** A least-recently-used cache: a Map keeps keys in insertion order, so re-inserting a key marks it as fresh. */
export class LRUCache {
  #entries = new Map();
  #capacity;

  constructor(capacity) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.#capacity = capacity;
  }

  get(key) {
    if (!this.#entries.has(key)) return -1;
    const value = this.#entries.get(key);
    this.#markUsed(key, value);
    return value;
  }

  put(key, value) {
    this.#markUsed(key, value);
    if (this.#entries.size > this.#capacity) this.#evictLeastRecent();
  }

  #markUsed(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
  }

  #evictLeastRecent() {
    const leastRecentKey = this.#entries.keys().next().value;
    this.#entries.delete(leastRecentKey);
  }
}
