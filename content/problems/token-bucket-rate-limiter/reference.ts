interface Clock {
  now(): number;
}

/** A token bucket: up to `capacity` tokens, refilled continuously, spent to let requests through. */
export class TokenBucket {
  private readonly capacity: number;
  private readonly refillPerSecond: number;
  private readonly clock: Clock;
  private tokens: number;
  private lastRefillAt: number;

  constructor(capacity: number, refillPerSecond: number, clock: Clock) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    if (typeof refillPerSecond !== 'number' || !Number.isFinite(refillPerSecond) || refillPerSecond <= 0) {
      throw new RangeError(`refillPerSecond must be a positive number, got ${refillPerSecond}`);
    }
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.clock = clock;
    this.tokens = capacity;
    this.lastRefillAt = clock.now();
  }

  /** Spends `cost` tokens and returns true when the bucket holds enough; otherwise spends nothing. */
  allow(cost = 1): boolean {
    if (!Number.isInteger(cost) || cost < 1 || cost > this.capacity) {
      throw new RangeError(`cost must be an integer from 1 to ${this.capacity}, got ${cost}`);
    }
    this.refill();
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Whole tokens in the bucket right now. */
  available(): number {
    this.refill();
    return Math.floor(this.tokens);
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsedMs = now - this.lastRefillAt;
    if (elapsedMs <= 0) return;
    this.tokens = Math.min(this.capacity, this.tokens + (elapsedMs * this.refillPerSecond) / 1000);
    this.lastRefillAt = now;
  }
}
