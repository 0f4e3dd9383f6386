/**
 * A delayed priority queue of jobs. Jobs wait in a heap ordered by start time; once due they move to a heap
 * ordered by priority. Cancelled jobs stay in the heaps and are skipped when they surface: a heap entry counts
 * only while it is still the pending job registered under its id. A job is { id, priority, runAt }.
 */
export class JobScheduler {
  #clock;
  #pending = new Map();
  #waiting = new BinaryHeap((a, b) => a.runAt < b.runAt);
  #due = new BinaryHeap(runsBefore);

  constructor(clock) {
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.#clock = clock;
  }

  submit(jobId, priority, runAt) {
    if (typeof jobId !== 'string' || jobId === '') throw new TypeError('jobId must be a non-empty string');
    if (this.#pending.has(jobId)) throw new Error(`job ${jobId} is already pending`);
    if (!Number.isSafeInteger(priority)) throw new RangeError(`priority must be an integer, got ${priority}`);
    if (!Number.isSafeInteger(runAt) || runAt < 0) {
      throw new RangeError(`runAt must be a non-negative integer, got ${runAt}`);
    }
    const job = { id: jobId, priority, runAt };
    this.#pending.set(jobId, job);
    this.#waiting.push(job);
  }

  cancel(jobId) {
    return this.#pending.delete(jobId);
  }

  /** Hands out the most urgent job that is due, or null when none is. */
  next() {
    this.#promoteDueJobs();
    for (let job = this.#due.pop(); job !== undefined; job = this.#due.pop()) {
      if (this.#isPending(job)) {
        this.#pending.delete(job.id);
        return job.id;
      }
    }
    return null;
  }

  size() {
    return this.#pending.size;
  }

  #promoteDueJobs() {
    const now = this.#clock.now();
    for (let job = this.#waiting.peek(); job !== undefined && job.runAt <= now; job = this.#waiting.peek()) {
      this.#waiting.pop();
      if (this.#isPending(job)) this.#due.push(job);
    }
  }

  #isPending(job) {
    return this.#pending.get(job.id) === job;
  }
}

/** Higher priority first; then the job that was due earlier; then the smaller id. */
function runsBefore(a, b) {
  if (a.priority !== b.priority) return a.priority > b.priority;
  if (a.runAt !== b.runAt) return a.runAt < b.runAt;
  return a.id < b.id;
}

/** A binary heap whose top is the item that comes before all others. */
class BinaryHeap {
  #items = [];
  #before;

  constructor(before) {
    this.#before = before;
  }

  peek() {
    return this.#items[0];
  }

  push(item) {
    const items = this.#items;
    let index = items.length;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex];
      if (!this.#before(item, parent)) break;
      items[index] = parent;
      index = parentIndex;
    }
    items[index] = item;
  }

  pop() {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0) return top;
    let index = 0;
    for (;;) {
      let childIndex = 2 * index + 1;
      if (childIndex >= items.length) break;
      const rightIndex = childIndex + 1;
      if (rightIndex < items.length && this.#before(items[rightIndex], items[childIndex])) childIndex = rightIndex;
      const child = items[childIndex];
      if (!this.#before(child, last)) break;
      items[index] = child;
      index = childIndex;
    }
    items[index] = last;
    return top;
  }
}
