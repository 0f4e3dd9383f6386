import { describe, expect, it } from 'vitest';
import { createInterviewEvents } from './interview-events.ts';

describe('open event streams', () => {
  it('are capped per user, and a closed one frees its place', () => {
    const events = createInterviewEvents({ maxStreamsPerUser: 2 });
    expect(events.openStream('ann')).toBe(true);
    expect(events.openStream('ann')).toBe(true);
    expect(events.openStream('ann')).toBe(false);
    expect(events.openStream('bob')).toBe(true);
    events.closeStream('ann');
    expect(events.openStream('ann')).toBe(true);
  });
});
