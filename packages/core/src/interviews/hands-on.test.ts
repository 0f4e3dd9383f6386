import { describe, expect, it } from 'vitest';
import { HANDS_ON_MIN_MINUTES, planHandsOn, talkMinutes } from './hands-on.ts';
import type { InterviewSettings } from './plan.ts';

const catalog = {
  problems: [
    { id: 'lru', title: 'LRU cache', level: 'mid' as const },
    { id: 'brackets', title: 'Brackets', level: 'junior' as const },
    { id: 'ring', title: 'Hash ring', level: 'senior' as const },
  ],
  exercises: [
    { id: 'export', title: 'Order export', level: 'mid' as const, minutes: 25 },
    { id: 'slugs', title: 'Backfill slugs', level: 'junior' as const, minutes: 15 },
  ],
};
const loop = (minutes: number, level: InterviewSettings['level'] = 'mid'): InterviewSettings => ({
  round: 'mixed',
  level,
  categories: [],
  minutes,
});

describe('hands-on rounds of a full loop', () => {
  it('adds a coding problem and a review at the level to a long enough full loop, and takes their time', () => {
    const slots = planHandsOn(loop(90), catalog, 7);
    expect(slots.map((s) => [s.kind, s.id])).toEqual([
      ['coding', 'lru'],
      ['review', 'export'],
    ]);
    expect(slots[1]?.minutes).toBe(20);
    expect(talkMinutes(loop(90), slots)).toBe(90 - 25 - 20);
  });

  it('picks the nearest level when none matches, the same for the same seed', () => {
    const senior = planHandsOn(loop(90, 'senior'), catalog, 3);
    expect(senior.find((s) => s.kind === 'review')?.id).toBe('export');
    expect(planHandsOn(loop(90, 'senior'), catalog, 3)).toEqual(senior);
  });

  it('keeps short loops and single rounds a conversation', () => {
    expect(planHandsOn(loop(HANDS_ON_MIN_MINUTES - 1), catalog, 1)).toEqual([]);
    expect(planHandsOn({ ...loop(90), round: 'concepts' }, catalog, 1)).toEqual([]);
    expect(planHandsOn(loop(90), { problems: [], exercises: [] }, 1)).toEqual([]);
  });
});
