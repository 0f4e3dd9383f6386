// Plausible but wrong: treats a request made exactly windowMs ago as still inside the window (>= instead of >),
// so a client at the limit waits one millisecond too long.
interface Clock {
  now(): number;
}

export class SlidingWindowLimiter {
  private readonly recentByClient = new Map<string, number[]>();
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
    const recent = this.recent(clientId);
    if (recent.length >= this.limit) return false;
    recent.push(this.clock.now());
    return true;
  }

  remaining(clientId: string): number {
    return this.limit - this.recent(clientId).length;
  }

  private recent(clientId: string): number[] {
    if (typeof clientId !== 'string' || clientId === '') throw new TypeError('clientId must be a non-empty string');
    const times = this.recentByClient.get(clientId) ?? [];
    const cutoff = this.clock.now() - this.windowMs;
    while (times.length > 0 && times[0]! < cutoff) times.shift();
    this.recentByClient.set(clientId, times);
    return times;
  }
}
