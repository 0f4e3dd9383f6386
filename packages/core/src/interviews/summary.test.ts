import { describe, expect, it } from 'vitest';
import type { AnswerAnalysis } from '../analysis/types.ts';
import { summarizeInterview, type AnsweredTurn } from './summary.ts';

const point = (id: string, covered: boolean) => ({
  id,
  label: `Label ${id}`,
  probe: `Probe about ${id}?`,
  weight: 1,
  covered,
});

/** Only the fields the summary reads; the rest of an analysis does not matter here. */
const analysis = (overall: number, points: ReturnType<typeof point>[], delivery: number | null = null) =>
  ({
    scores: { overall, content: overall, structure: 50, delivery },
    keyPoints: points,
  }) as unknown as AnswerAnalysis;

const turn = (overrides: Partial<AnsweredTurn>): AnsweredTurn => ({
  questionId: 'q1',
  prompt: 'How would you design a rate limiter for a public API with many clients?',
  category: 'system-design',
  kind: 'question',
  analysis: null,
  ...overrides,
});

describe('the interview summary', () => {
  const turns = [
    turn({ analysis: analysis(80, [point('a', true), point('b', false)], 70) }),
    turn({ kind: 'follow-up', analysis: analysis(40, [point('a', false), point('b', true)]) }),
    turn({
      questionId: 'q2',
      prompt: 'What is an index?',
      category: 'databases',
      analysis: analysis(30, [point('c', false), point('d', true)]),
    }),
  ];
  const summary = summarizeInterview(turns);

  it('scores the main answers only, not their follow-ups', () => {
    expect(summary.overall).toBe(55);
    expect(summary.byDimension).toEqual({ content: 55, structure: 50, delivery: 70 });
  });

  it('credits a key point made after a follow-up, and says it was only made then', () => {
    const first = summary.questions[0]!;
    expect(first.coveredKeyPoints.sort()).toEqual(['a', 'b']);
    expect(first.missedKeyPoints).toEqual([]);
    expect(first.recoveredInFollowUp).toEqual(['b']);
    expect(first.prompt).toMatch(/rate limiter/);
  });

  it('names the weakest area and the probes to prepare for, quoting the question briefly', () => {
    expect(summary.weakestCategory).toBe('databases');
    expect(summary.strongestCategory).toBe('system-design');
    expect(summary.nextSteps[0]).toMatch(/databases/);
    expect(summary.nextSteps).toContain('After "What is an index?", be ready for: "Probe about c?"');
  });

  it('shortens a long prompt inside a next step', () => {
    const long = summarizeInterview([turn({ analysis: analysis(20, [point('x', false)]) })]);
    expect(long.nextSteps[0]).toBe('After "How would you design a rate limiter for…", be ready for: "Probe about x?"');
  });

  it('names no weakest or strongest area when only one category was asked', () => {
    const one = summarizeInterview([
      turn({ analysis: analysis(20, [point('x', false)]) }),
      turn({ questionId: 'q3', analysis: analysis(90, []) }),
    ]);
    expect(one.weakestCategory).toBeNull();
    expect(one.strongestCategory).toBeNull();
    expect(one.nextSteps.join(' ')).not.toMatch(/lowest-scoring/);
  });

  it('has no scores before any answer is analysed', () => {
    expect(summarizeInterview([turn({})])).toMatchObject({ overall: null, weakestCategory: null, nextSteps: [] });
  });
});
