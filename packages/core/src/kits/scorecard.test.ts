import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { anchoredScale, type KitQuestion } from './kit.ts';
import { calibrate, compareCandidates } from './calibration.ts';
import { checkScorecard, suggestedRating, type Scorecard } from './scorecard.ts';

const keyPoints = [
  { id: 'a', label: 'A', weight: 3 },
  { id: 'b', label: 'B', weight: 2 },
  { id: 'c', label: 'C', weight: 1 },
];
const question = (key: string): KitQuestion => ({
  key,
  source: 'own',
  competency: 'databases',
  prompt: `Question ${key}`,
  sampleAnswer: '',
  keyPoints,
  redFlags: [],
  greatAnswerAdds: [],
  targetSeconds: 120,
  scale: anchoredScale(keyPoints, [], []),
});
const questions = [question('q1'), question('q2')];
const card = (
  candidate: string,
  interviewer: string,
  r1: 1 | 2 | 3 | 4 | null,
  r2: 1 | 2 | 3 | 4 | null,
  rec: Scorecard['recommendation'],
): Scorecard => ({
  candidate,
  interviewer,
  entries: [
    { questionKey: 'q1', keyPointsHeard: ['a'], rating: r1, notes: '' },
    { questionKey: 'q2', keyPointsHeard: [], rating: r2, notes: '' },
  ],
  recommendation: rec,
});

describe('scorecards', () => {
  it('refuses a rating off the scale, an unknown question or key point', () => {
    const bad = (entries: Scorecard['entries']) => () =>
      checkScorecard(questions, { candidate: 'Ann', interviewer: 'Bo', entries, recommendation: null });
    expect(bad([{ questionKey: 'q1', keyPointsHeard: [], rating: 5 as 4, notes: '' }])).toThrow(/1, 2, 3 or 4/);
    expect(bad([{ questionKey: 'zz', keyPointsHeard: [], rating: 2, notes: '' }])).toThrow(DomainError);
    expect(bad([{ questionKey: 'q1', keyPointsHeard: ['x'], rating: 2, notes: '' }])).toThrow(/no key point "x"/);
    expect(bad([{ questionKey: 'q1', keyPointsHeard: ['a', 'b'], rating: 3, notes: 'good' }])).not.toThrow();
  });

  it('suggests a rating from the key points heard', () => {
    const q = questions[0]!;
    expect(suggestedRating(q, [])).toBe(1);
    expect(suggestedRating(q, ['c'])).toBe(2);
    expect(suggestedRating(q, ['b', 'c'])).toBe(2); // the essential point is missing
    expect(suggestedRating(q, ['a', 'b'])).toBe(3);
    expect(suggestedRating(q, ['a', 'b', 'c'])).toBe(4);
    expect(suggestedRating(q, ['a', 'b', 'c'], true)).toBe(1);
  });
});

describe('calibration', () => {
  const cards = [
    card('Ann', 'Bo', 3, 1, 'yes'),
    card('Ann', 'Cy', 3, 4, 'strong-yes'),
    card('Dee', 'Bo', 2, null, 'no'),
  ];

  it('shows where interviewers agree and where they spread', () => {
    const result = calibrate(questions, 'Ann', cards);
    expect(result.interviewers).toBe(2);
    expect(result.questions.map((q) => [q.agreement, q.spread, q.mean])).toEqual([
      ['agree', 0, 3],
      ['split', 3, 2.5],
    ]);
    expect(result.questions[0]!.keyPointsHeard[0]).toEqual({ id: 'a', label: 'A', heardBy: 2 });
    expect(result.recommendationAgreement).toBe('same-side');
    expect(calibrate(questions, 'Dee', cards).questions[1]!.agreement).toBe('unrated');
    expect(calibrate(questions, 'Nobody', cards).recommendationAgreement).toBe('pending');
    const split = calibrate(questions, 'Ann', [...cards, card('Ann', 'Eve', 1, 1, 'strong-no')]);
    expect(split.recommendationAgreement).toBe('split');
  });

  it('compares candidates side by side, best mean first', () => {
    const rows = compareCandidates(questions, cards);
    expect(rows.map((r) => [r.candidate, r.overallMean, r.questionMeans])).toEqual([
      ['Ann', 2.8, [3, 2.5]],
      ['Dee', 2, [2, null]],
    ]);
    expect(rows[0]!.recommendations).toEqual({ 'strong-no': 0, no: 0, yes: 1, 'strong-yes': 1 });
  });
});
