import { describe, expect, it } from 'vitest';
import { createSignInThrottle } from './sign-in-throttle.ts';

describe('the per-account sign-in throttle', () => {
  const clock = () => {
    let at = 0;
    return { now: () => at, advance: (ms: number) => (at += ms) };
  };

  it('allows a few failures, then pauses the account for a while that grows and has a ceiling', () => {
    const time = clock();
    const throttle = createSignInThrottle({ freeFailures: 3, firstPauseMs: 1000, maxPauseMs: 4000, now: time.now });
    for (let i = 0; i < 2; i++) throttle.failed('Ann@Example.com');
    expect(throttle.retryAfterMs('ann@example.com')).toBe(0);
    throttle.failed('ann@example.com');
    expect(throttle.retryAfterMs('ann@example.com')).toBe(1000);
    time.advance(1000);
    throttle.failed('ann@example.com');
    expect(throttle.retryAfterMs('ann@example.com')).toBe(2000);
    for (let i = 0; i < 5; i++) throttle.failed('ann@example.com');
    expect(throttle.retryAfterMs('ann@example.com')).toBe(4000);
  });

  it('forgets old failures, clears on success, and keeps accounts apart', () => {
    const time = clock();
    const throttle = createSignInThrottle({ freeFailures: 1, firstPauseMs: 1000, windowMs: 10_000, now: time.now });
    throttle.failed('a@example.com');
    expect(throttle.retryAfterMs('b@example.com')).toBe(0);
    time.advance(20_000);
    expect(throttle.retryAfterMs('a@example.com')).toBe(0);
    throttle.failed('a@example.com');
    throttle.succeeded('a@example.com');
    expect(throttle.retryAfterMs('a@example.com')).toBe(0);
  });
});
