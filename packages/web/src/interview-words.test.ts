import { describe, expect, it } from 'vitest';
import type { InterviewView } from './interviews.ts';
import { interviewName, progressLine } from './interview-words.ts';

const view = (phase: InterviewView['state']['phase'], extra: Partial<InterviewView['state']> = {}, followUp = false) =>
  ({
    state: { phase, paused: false, questionIndex: 1, ...extra },
    plan: Array.from({ length: 6 }),
    current: followUp ? { kind: 'follow-up' } : { kind: 'question' },
  }) as unknown as InterviewView;

describe("an interview's state in words", () => {
  it('says which question, never the name of a phase', () => {
    const lines = (['intro', 'asking', 'answering', 'reviewing', 'wrap-up', 'completed'] as const).map((phase) =>
      progressLine(view(phase)),
    );
    expect(lines).toEqual([
      '6 questions · not started yet',
      'Question 2 of 6 · thinking time',
      'Question 2 of 6 · your answer',
      'Question 2 of 6 · the interviewer is considering your answer',
      'Wrapping up',
      'Finished',
    ]);
    expect(progressLine(view('asking', { paused: true }, true))).toBe(
      'Question 2 of 6 · follow-up · thinking time · paused',
    );
  });

  it('names the round as the practice page offers it', () => {
    expect(interviewName({ round: 'concepts', level: 'mid', categories: [], minutes: 10 })).toBe(
      'Technical concepts · mid level',
    );
  });
});
