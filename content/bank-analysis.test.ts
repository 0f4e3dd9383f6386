// The bank judged by its own analysis: each question's model answer is the best answer we can write, so analysed
// against its own question it must state none of the question's misconceptions and score as a strong answer.
// A new evidence phrase, misconception signal or analysis rule that turns on correct expert prose fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAnswer, createQuestionIndex, parseQuestionFile, type Question } from '@rehearse/core';

const root = join(import.meta.dirname, 'questions');
const questions: Question[] = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => {
    const result = parseQuestionFile(readFileSync(join(root, file), 'utf8'));
    return result.ok ? [result.question] : [];
  });
const index = createQuestionIndex(questions);
const analyses = questions.map((question) => ({
  id: question.id,
  analysis: analyzeAnswer(question, question.modelAnswer, { index }),
}));

describe('model answers analysed against their own questions', () => {
  it('state none of their own misconceptions', () => {
    const stating = analyses
      .filter(({ analysis }) => analysis.misconceptions.length > 0)
      .map(({ id, analysis }) => `${id}: ${analysis.misconceptions.map((m) => m.id).join(', ')}`);
    expect(stating).toEqual([]);
  });

  it('score as strong answers', () => {
    const weak = analyses.filter(({ analysis }) => analysis.scores.overall < 70).map(({ id, analysis }) => `${id} ${analysis.scores.overall}`);
    expect(weak).toEqual([]);
    const median = analyses.map(({ analysis }) => analysis.scores.overall).sort((a, b) => a - b)[analyses.length >> 1];
    expect(median).toBeGreaterThanOrEqual(90);
  });
});
