import { describe, expect, it } from 'vitest';
import { FIXTURE_QUESTIONS } from '../analysis/test-fixtures/questions.ts';
import { anchoredScale, planKit, resolveKit, suggestForKit, type Kit } from './kit.ts';

const bankQuestion = FIXTURE_QUESTIONS[0]!;
const bank = (id: string) => FIXTURE_QUESTIONS.find((q) => q.id === id);
const own = {
  kind: 'own' as const,
  key: 'own-1',
  competency: 'databases' as const,
  prompt: 'How would you find the slow query?',
  sampleAnswer: 'Look at the slow query log, then EXPLAIN it.',
  keyPoints: ['Slow query log', 'EXPLAIN the plan', 'Check the indexes'],
  redFlags: ['Adds an index on every column'],
  greatAnswerAdds: [],
  targetSeconds: 240,
};
const kit: Kit = {
  role: 'Backend engineer',
  level: 'mid',
  competencies: ['databases'],
  questions: [{ kind: 'bank', questionId: bankQuestion.id }, own, { kind: 'bank', questionId: 'gone' }],
  discussionMinutes: 10,
};

describe('interview kits', () => {
  it('resolves bank and own questions, leaving out one no longer in the bank', () => {
    const questions = resolveKit(kit, bank);
    expect(questions.map((q) => q.key)).toEqual([bankQuestion.id, 'own-1']);
    expect(questions[0]!.keyPoints.map((p) => p.id)).toEqual(bankQuestion.keyPoints.map((p) => p.id));
    expect(questions[1]!.keyPoints).toEqual([
      { id: 'p1', label: 'Slow query log', weight: 2 },
      { id: 'p2', label: 'EXPLAIN the plan', weight: 2 },
      { id: 'p3', label: 'Check the indexes', weight: 2 },
    ]);
  });

  it('describes each level of the scale from the key points and red flags', () => {
    const scale = anchoredScale(
      [
        { id: 'a', label: 'Names the B-tree', weight: 3 },
        { id: 'b', label: 'Write cost', weight: 2 },
        { id: 'c', label: 'Selectivity', weight: 1 },
      ],
      ['Says indexes are free'],
      ['Mentions covering indexes'],
    );
    expect(scale.map((s) => s.rating)).toEqual([1, 2, 3, 4]);
    expect(scale[0]!.description).toContain('Names the B-tree');
    expect(scale[0]!.description).toContain('Says indexes are free');
    expect(scale[1]!.description).toContain('1 of 3');
    expect(scale[2]!.description).toContain('at least 2 of 3');
    expect(scale[3]!.description).toContain('Names the B-tree; Write cost and Selectivity');
    expect(scale[3]!.description).toContain('Mentions covering indexes');
  });

  it('ends each description once, whatever the items end with', () => {
    const scale = anchoredScale(
      [{ id: 'a', label: 'Names the B-tree.', weight: 3 }],
      ['Says indexes are free.', 'Indexes every column;'],
      ['Mentions covering indexes.'],
    );
    expect(scale[0]!.description).toBe(
      'Misses the core points (Names the B-tree) or raises a red flag (Says indexes are free and Indexes every column).',
    );
    expect(scale[3]!.description).toMatch(/covering indexes\.$/);
    expect(scale.map((s) => s.description).join(' ')).not.toMatch(/\.[.;)]|\. and/);
  });

  it('plans the interview: each question at its target time, then the discussion', () => {
    const plan = planKit(
      [
        { prompt: 'One', targetSeconds: 120 },
        { prompt: 'Two', targetSeconds: 300 },
      ],
      10,
    );
    expect(plan.items.map((i) => [i.startsAtSeconds, i.seconds])).toEqual([
      [0, 120],
      [120, 300],
      [420, 600],
    ]);
    expect(plan).toMatchObject({ questionSeconds: 420, discussionSeconds: 600, totalSeconds: 1020 });
  });

  it('suggests bank questions of the competencies, nearest the level first', () => {
    const category = bankQuestion.category;
    const suggested = suggestForKit(FIXTURE_QUESTIONS, { level: bankQuestion.level, competencies: [category] });
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.every((q) => q.category === category)).toBe(true);
    expect(suggested[0]!.level).toBe(bankQuestion.level);
    expect(
      suggestForKit(FIXTURE_QUESTIONS, { level: 'mid', competencies: [category], exclude: [bankQuestion.id] }).map(
        (q) => q.id,
      ),
    ).not.toContain(bankQuestion.id);
  });
});
