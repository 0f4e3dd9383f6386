// Plausible but wrong: one heap ordered by priority only. next() looks at the top and gives up when the top is
// not due yet, so an urgent future job blocks every due job behind it.
export interface Clock {
  now(): number;
}

interface Job {
  id: string;
  priority: number;
  runAt: number;
}

export class JobScheduler {
  private readonly clock: Clock;
  private readonly heap: Job[] = [];
  private readonly pending = new Map<string, Job>();

  constructor(clock: Clock) {
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.clock = clock;
  }

  submit(jobId: string, priority: number, runAt: number): void {
    if (typeof jobId !== 'string' || jobId === '') throw new TypeError('jobId must be a non-empty string');
    if (this.pending.has(jobId)) throw new Error('job is already pending');
    if (!Number.isSafeInteger(priority)) throw new RangeError('priority must be an integer');
    if (!Number.isSafeInteger(runAt) || runAt < 0) throw new RangeError('runAt must be a non-negative integer');
    const job = { id: jobId, priority, runAt };
    this.pending.set(jobId, job);
    this.heap.push(job);
    this.heap.sort((a, b) => b.priority - a.priority || a.runAt - b.runAt || (a.id < b.id ? -1 : 1));
  }

  cancel(jobId: string): boolean {
    const job = this.pending.get(jobId);
    if (!job) return false;
    this.pending.delete(jobId);
    this.heap.splice(this.heap.indexOf(job), 1);
    return true;
  }

  next(): string | null {
    const top = this.heap[0];
    if (!top || top.runAt > this.clock.now()) return null;
    this.heap.shift();
    this.pending.delete(top.id);
    return top.id;
  }

  size(): number {
    return this.pending.size;
  }
}
