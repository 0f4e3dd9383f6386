interface Clock {
  now(): number;
}

/** Dropped times are cut off the array once there are this many and they make up more than half of it. */
const COMPACT_AFTER_DROPPED = 64;

/** The times of one client's accepted requests, oldest first; expired times leave from the front. */
class RequestTimes {
  private times: number[] = [];
  private head = 0;

  get size(): number {
    return this.times.length - this.head;
  }

  add(time: number): void {
    this.times.push(time);
  }

  /** Forgets every time at or before `cutoff`. */
  dropUpTo(cutoff: number): void {
    while (this.head < this.times.length && this.times[this.head]! <= cutoff) this.head++;
    if (this.head > COMPACT_AFTER_DROPPED && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
  }
}

/** Allows each client at most `limit` accepted requests in any sliding window of `windowMs` milliseconds. */
export class SlidingWindowLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly clock: Clock;
  private readonly recentByClient = new Map<string, RequestTimes>();

  constructor(limit: number, windowMs: number, clock: Clock) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    if (!Number.isInteger(windowMs) || windowMs < 1) {
      throw new RangeError(`windowMs must be a positive integer, got ${windowMs}`);
    }
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.limit = limit;
    this.windowMs = windowMs;
    this.clock = clock;
  }

  allow(clientId: string): boolean {
    const now = this.clock.now();
    const recent = this.recentTimes(clientId, now);
    if (recent.size >= this.limit) return false;
    recent.add(now);
    this.recentByClient.set(clientId, recent);
    return true;
  }

  remaining(clientId: string): number {
    return this.limit - this.recentTimes(clientId, this.clock.now()).size;
  }

  /** The client's accepted requests still inside the window ending at `now`; a client with none is forgotten. */
  private recentTimes(clientId: string, now: number): RequestTimes {
    if (typeof clientId !== 'string' || clientId === '') {
      throw new TypeError(`clientId must be a non-empty string, got ${JSON.stringify(clientId)}`);
    }
    const recent = this.recentByClient.get(clientId);
    if (!recent) return new RequestTimes();
    recent.dropUpTo(now - this.windowMs);
    if (recent.size === 0) this.recentByClient.delete(clientId);
    return recent;
  }
}
