import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../analysis/analyze-answer.ts';
import { fixture, FIXTURE_QUESTIONS } from '../analysis/test-fixtures/questions.ts';
import { createQuestionIndex } from '../questions/search.ts';
import { scoreFollowUp, stillMissing } from './follow-up.ts';

const index = createQuestionIndex(FIXTURE_QUESTIONS);
const injection = fixture('sql-injection');

describe('a follow-up answer', () => {
  it('is scored on the point it was asked about and marks it as made after a prompt', () => {
    const reply = 'I would use a prepared statement, so the values go separately from the SQL text.';
    const full = analyzeAnswer(injection, reply, { index });
    expect(full.verdict).toBe('not-enough-to-assess');
    const scored = scoreFollowUp(full, { probedKeyPointId: 'parameters', coveredBefore: ['cause'] });
    expect(scored.verdict).toBe('assessed');
    expect(scored.followUp.made).toBe(true);
    expect(scored.scores.overall).toBeGreaterThanOrEqual(60);
    expect(scored.keyPoints.find((p) => p.id === 'parameters')?.afterPrompt).toBe(true);
  });

  it('scores low when it misses the probed point', () => {
    const reply = 'I think the database handles that part itself, the framework is quite mature these days.';
    const scored = scoreFollowUp(analyzeAnswer(injection, reply, { index }), {
      probedKeyPointId: 'parameters',
      coveredBefore: [],
    });
    expect(scored.followUp.made).toBe(false);
    expect(scored.scores.overall).toBeLessThan(30);
  });

  it('leaves out of the next probes every point an earlier turn already made', () => {
    const reply = 'A prepared statement keeps the values apart from the SQL text.';
    const analysis = analyzeAnswer(injection, reply, { index });
    const missing = stillMissing(analysis, ['cause', 'least-privilege']).map((p) => p.id);
    expect(missing).toEqual(['allow-list']);
  });
});
