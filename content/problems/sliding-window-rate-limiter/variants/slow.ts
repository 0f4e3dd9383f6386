// Correct but slow: keeps every accepted request a client ever made and counts the window by filtering the whole
// history on each call, so the cost of a call grows with the client's lifetime traffic.
interface Clock {
  now(): number;
}

export class SlidingWindowLimiter {
  private readonly history = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly clock: Clock;

  constructor(limit: number, windowMs: number, clock: Clock) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
    if (!Number.isInteger(windowMs) || windowMs < 1) throw new RangeError('windowMs must be a positive integer');
    this.limit = limit;
    this.windowMs = windowMs;
    this.clock = clock;
  }

  allow(clientId: string): boolean {
    if (this.inWindow(clientId) >= this.limit) return false;
    this.history.get(clientId)!.push(this.clock.now());
    return true;
  }

  remaining(clientId: string): number {
    return this.limit - this.inWindow(clientId);
  }

  private inWindow(clientId: string): number {
    if (typeof clientId !== 'string' || clientId === '') throw new TypeError('clientId must be a non-empty string');
    if (!this.history.has(clientId)) this.history.set(clientId, []);
    const now = this.clock.now();
    return this.history.get(clientId)!.filter((time) => time > now - this.windowMs).length;
  }
}
