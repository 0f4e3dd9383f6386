import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../questions/question.schema.ts';
import { planGiven, planInterview } from './plan.ts';

let n = 0;
function question(overrides: Partial<Question>): Question {
  n++;
  const evidence = ['one phrase', 'two phrase', 'three phrase', 'four phrase'];
  return questionSchema.parse({
    id: `q-${n}`,
    prompt: `Question number ${n} about something important?`,
    category: 'databases',
    level: 'mid',
    round: 'concepts',
    targetSeconds: 120,
    modelAnswer: 'x '.repeat(120),
    keyPoints: ['aa', 'bb', 'cc'].map((id) => ({
      id,
      label: `Point ${id}`,
      weight: 2,
      evidence,
      probe: 'What about this point?',
    })),
    ...overrides,
  });
}

const bank = [
  ...['databases', 'security', 'testing'].flatMap((category) =>
    (['junior', 'mid', 'senior'] as const).map((level) =>
      question({ category: category as Question['category'], level }),
    ),
  ),
  question({ category: 'behavioral', round: 'behavioral' }),
  question({ category: 'behavioral', round: 'background' }),
  question({ category: 'system-design', round: 'design', targetSeconds: 240 }),
];

describe('interview planning', () => {
  it('fits the time budget and covers each chosen category', () => {
    const plan = planInterview(bank, {
      round: 'concepts',
      level: 'mid',
      categories: ['databases', 'security'],
      minutes: 15,
    });
    expect(plan.estimatedSeconds).toBeLessThanOrEqual(15 * 60);
    const categories = new Set(plan.questions.map((q) => bank.find((b) => b.id === q.questionId)!.category));
    expect(categories).toEqual(new Set(['databases', 'security']));
    expect(plan.questions.every((q) => q.round === 'concepts')).toBe(true);
  });

  it('prefers the chosen level and never strays more than one level away', () => {
    const plan = planInterview(bank, { round: 'concepts', level: 'junior', categories: ['databases'], minutes: 10 });
    const levels = plan.questions.map((q) => bank.find((b) => b.id === q.questionId)!.level);
    expect(levels[0]).toBe('junior');
    expect(levels).not.toContain('senior');
  });

  it('avoids recently answered questions while others remain', () => {
    const all = planInterview(bank, { round: 'concepts', level: 'mid', categories: ['databases'], minutes: 5 });
    const first = all.questions[0]!.questionId;
    const next = planInterview(
      bank,
      { round: 'concepts', level: 'mid', categories: ['databases'], minutes: 5 },
      { recentlyAnswered: new Set([first]) },
    );
    expect(next.questions[0]!.questionId).not.toBe(first);
  });

  it('builds a mixed loop that opens with background and includes design and behavioral', () => {
    const plan = planInterview(bank, { round: 'mixed', level: 'mid', categories: [], minutes: 30 });
    expect(plan.questions[0]!.round).toBe('background');
    expect(plan.questions.map((q) => q.round)).toEqual(expect.arrayContaining(['concepts', 'design', 'behavioral']));
  });

  it('always plans at least one question, even for a very short session', () => {
    expect(planInterview(bank, { round: 'design', level: 'mid', categories: [], minutes: 1 }).questions).toHaveLength(
      1,
    );
  });
});

describe('a plan of given questions', () => {
  it('keeps their order and estimates their time', () => {
    const given = [bank[2]!, bank[0]!];
    const plan = planGiven(given);
    expect(plan.questions.map((q) => q.questionId)).toEqual([bank[2]!.id, bank[0]!.id]);
    expect(plan.estimatedSeconds).toBeGreaterThan(given[0]!.targetSeconds + given[1]!.targetSeconds);
  });
});
