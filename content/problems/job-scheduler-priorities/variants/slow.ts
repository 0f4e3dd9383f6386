// Correct but O(n) per next(): keeps every pending job in a map and scans all of them to pick the winner.
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
    this.pending.set(jobId, { id: jobId, priority, runAt });
  }

  cancel(jobId: string): boolean {
    return this.pending.delete(jobId);
  }

  next(): string | null {
    const now = this.clock.now();
    let best: Job | null = null;
    for (const job of this.pending.values()) {
      if (job.runAt > now) continue;
      if (best === null || runsBefore(job, best)) best = job;
    }
    if (best === null) return null;
    this.pending.delete(best.id);
    return best.id;
  }

  size(): number {
    return this.pending.size;
  }
}

function runsBefore(a: Job, b: Job): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  if (a.runAt !== b.runAt) return a.runAt < b.runAt;
  return a.id < b.id;
}
