interface Clock {
  now(): number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * Stops calls to a failing dependency: opens after `failureThreshold` consecutive failures, waits `cooldownMs`,
 * then lets a single trial call decide whether to close again.
 */
export class CircuitBreaker {
  private readonly failureThreshold: number;
  private readonly cooldownMs: number;
  private readonly clock: Clock;
  private current: BreakerState = 'closed';
  private consecutiveFailures = 0;
  private openedAt = 0;
  private trialInFlight = false;

  constructor(failureThreshold: number, cooldownMs: number, clock: Clock) {
    if (!Number.isInteger(failureThreshold) || failureThreshold < 1) {
      throw new RangeError(`failureThreshold must be a positive integer, got ${failureThreshold}`);
    }
    if (!Number.isInteger(cooldownMs) || cooldownMs < 1) {
      throw new RangeError(`cooldownMs must be a positive integer, got ${cooldownMs}`);
    }
    if (typeof clock?.now !== 'function') throw new TypeError('clock must have a now() method');
    this.failureThreshold = failureThreshold;
    this.cooldownMs = cooldownMs;
    this.clock = clock;
  }

  state(): BreakerState {
    this.endCooldownIfDue();
    return this.current;
  }

  canRequest(): boolean {
    this.endCooldownIfDue();
    if (this.current === 'closed') return true;
    if (this.current === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.endCooldownIfDue();
    if (this.current === 'open') return;
    this.close();
  }

  recordFailure(): void {
    this.endCooldownIfDue();
    if (this.current === 'open') return;
    if (this.current === 'half-open') {
      this.open();
      return;
    }
    this.consecutiveFailures++;
    if (this.consecutiveFailures >= this.failureThreshold) this.open();
  }

  private endCooldownIfDue(): void {
    if (this.current === 'open' && this.clock.now() - this.openedAt >= this.cooldownMs) {
      this.current = 'half-open';
      this.trialInFlight = false;
    }
  }

  private open(): void {
    this.current = 'open';
    this.openedAt = this.clock.now();
    this.trialInFlight = false;
  }

  private close(): void {
    this.current = 'closed';
    this.consecutiveFailures = 0;
    this.trialInFlight = false;
  }
}
