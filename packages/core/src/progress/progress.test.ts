import { describe, expect, it } from 'vitest';
import { dayIn, streakOf, weekOf } from './calendar.ts';
import { summarizeProgress } from './progress.ts';
import type { ProgressAnswer } from './types.ts';

let n = 0;
function answer(
  over: Partial<ProgressAnswer> & { at: string },
  missed: string[] = [],
  made: string[] = [],
): ProgressAnswer {
  n += 1;
  return {
    id: `a${n}`,
    source: 'interview',
    questionId: 'idempotent-retries',
    prompt: 'How do you make a payment API safe to retry?',
    category: 'api-design',
    level: 'mid',
    round: 'concepts',
    scores: { overall: 50, content: 50, structure: 50, delivery: null },
    keyPoints: [
      ...missed.map((label) => ({ id: label, label, covered: false })),
      ...made.map((label) => ({ id: label, label, covered: true })),
    ],
    misconceptions: [],
    ...over,
  };
}

describe('progress', () => {
  it('counts days, streaks and weeks in the reader’s time zone', () => {
    // 23:30 UTC on the 3rd is already the 4th in Berlin (UTC+1 in winter), the 3rd in New York.
    const answers = [
      answer({ at: '2026-01-02T12:00:00.000Z' }),
      answer({ at: '2026-01-03T23:30:00.000Z' }),
      answer({ at: '2026-01-05T09:00:00.000Z' }),
    ];
    const now = '2026-01-05T10:00:00.000Z';
    const berlin = summarizeProgress(answers, [], { timeZone: 'Europe/Berlin', now });
    expect(berlin.today).toBe('2026-01-05');
    expect(berlin.streak).toEqual({ current: 2, longest: 2, practisedToday: true, lastDay: '2026-01-05' });
    const newYork = summarizeProgress(answers, [], { timeZone: 'America/New_York', now });
    expect(newYork.streak.current).toBe(1);
    expect(newYork.volume.days.at(-1)).toEqual({ date: '2026-01-05', answers: 1, attempts: 0 });
    expect(newYork.volume.days.find((d) => d.date === '2026-01-03')?.answers).toBe(1);
    expect(newYork.volume.weeks.at(-1)).toEqual({ week: '2026-01-05', answers: 1, attempts: 0 });
    expect(newYork.volume.weeks.at(-2)).toEqual({ week: '2025-12-29', answers: 2, attempts: 0 });
  });

  it('dates every instant as the zone’s own calendar does, across clock changes and odd offsets', () => {
    for (const timeZone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC']) {
      const day = dayIn(timeZone);
      const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      // Every 20 minutes through March and April 2026: clock changes in both hemispheres.
      for (let ms = Date.UTC(2026, 2, 1); ms < Date.UTC(2026, 4, 1); ms += 20 * 60_000) {
        const instant = new Date(ms).toISOString();
        if (day(instant) !== format.format(ms))
          expect(`${timeZone} ${instant}: ${day(instant)}`).toBe(format.format(ms));
      }
    }
  });

  it('keeps a streak alive until the end of today, and finds the longest', () => {
    const days = new Set(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-07', '2026-03-08']);
    expect(streakOf(days, '2026-03-09')).toMatchObject({ current: 2, longest: 3, practisedToday: false });
    expect(streakOf(days, '2026-03-10')).toMatchObject({ current: 0, longest: 3 });
    expect(weekOf('2026-03-08')).toBe('2026-03-02');
  });

  it('averages each dimension per day and category, delivery only where spoken', () => {
    const progress = summarizeProgress(
      [
        answer({ at: '2026-02-01T10:00:00.000Z', scores: { overall: 40, content: 30, structure: 60, delivery: null } }),
        answer({ at: '2026-02-01T11:00:00.000Z', scores: { overall: 60, content: 50, structure: 70, delivery: 80 } }),
        answer({
          at: '2026-02-02T11:00:00.000Z',
          category: 'databases',
          scores: { overall: 90, content: 90, structure: 90, delivery: null },
        }),
      ],
      [{ kind: 'coding', at: '2026-02-02T12:00:00.000Z', itemId: 'lru-cache', title: 'LRU cache', overall: 40 }],
      { timeZone: 'UTC', now: '2026-02-02T20:00:00.000Z' },
    );
    expect(progress.byDay).toEqual([
      { date: '2026-02-01', answers: 2, overall: 50, content: 40, structure: 65, delivery: 80 },
      { date: '2026-02-02', answers: 1, overall: 90, content: 90, structure: 90, delivery: null },
    ]);
    expect(progress.categories.map((c) => [c.category, c.average, c.answers])).toEqual([
      ['api-design', 50, 2],
      ['databases', 90, 1],
    ]);
    expect(progress.totals).toEqual({ answers: 3, coding: 1, reviews: 0, daysPractised: 2, average: 63 });
    expect(progress.coding).toMatchObject({ attempts: 1, average: 40 });
  });

  it('names the weakest area with the key point most often missed, and recommends practising it', () => {
    const answers = [
      answer({ at: '2026-04-01T10:00:00.000Z', questionId: 'q1', prompt: 'Q one?' }, ['idempotency'], ['retries']),
      answer({ at: '2026-04-02T10:00:00.000Z', questionId: 'q2', prompt: 'Q two?' }, ['idempotency', 'retries']),
      answer({ at: '2026-04-03T10:00:00.000Z', questionId: 'q3', prompt: 'Q three?' }, ['idempotency']),
      answer({ at: '2026-04-04T10:00:00.000Z', questionId: 'q4', prompt: 'Q four?' }, [], ['idempotency']),
      answer(
        {
          at: '2026-04-04T11:00:00.000Z',
          category: 'databases',
          scores: { overall: 85, content: 85, structure: 85, delivery: null },
        },
        [],
        ['indexes'],
      ),
      answer(
        {
          at: '2026-04-04T12:00:00.000Z',
          category: 'databases',
          scores: { overall: 75, content: 75, structure: 75, delivery: null },
        },
        [],
        ['indexes'],
      ),
    ];
    const progress = summarizeProgress(answers, [], { timeZone: 'UTC', now: '2026-04-05T08:00:00.000Z' });
    expect(progress.missedPoints[0]).toEqual({
      label: 'idempotency',
      category: 'api-design',
      missed: 3,
      asked: 4,
      questions: [
        { id: 'q3', prompt: 'Q three?' },
        { id: 'q2', prompt: 'Q two?' },
        { id: 'q1', prompt: 'Q one?' },
      ],
    });
    expect(progress.weakAreas.map((w) => w.category)).toEqual(['api-design']);
    expect(progress.weakAreas[0]!.summary).toBe(
      'API design: 50 on average over your last 4 answers; you missed “idempotency” in 3 of 4.',
    );
    const [first, second] = progress.recommendations;
    expect(first).toMatchObject({
      reason: 'You missed “idempotency” in 3 of 4 API design answers: practise these 2 questions.',
      action: { kind: 'questions', questions: [{ id: 'q3' }, { id: 'q2' }] },
    });
    expect(second).toMatchObject({
      reason:
        'API design is your lowest-scoring area: 50 on average over your last 4 answers, against 60 across all your answers.',
      action: { kind: 'interview', settings: { round: 'concepts', level: 'mid', categories: ['api-design'] } },
    });
    expect(progress.streak).toMatchObject({ current: 4, practisedToday: false });
  });

  it('finds misconceptions that recur, and suggests retrying a weak coding attempt', () => {
    const wrong = {
      id: 'put-not-idempotent',
      claim: 'PUT is not idempotent',
      correction: 'PUT replaces the resource.',
    };
    const progress = summarizeProgress(
      [
        answer({ at: '2026-05-01T10:00:00.000Z', misconceptions: [wrong] }),
        answer({
          at: '2026-05-02T10:00:00.000Z',
          misconceptions: [wrong],
          scores: { overall: 80, content: 80, structure: 80, delivery: null },
        }),
      ],
      [
        { kind: 'coding', at: '2026-05-01T10:00:00.000Z', itemId: 'lru-cache', title: 'LRU cache', overall: 30 },
        { kind: 'coding', at: '2026-05-02T10:00:00.000Z', itemId: 'lru-cache', title: 'LRU cache', overall: 90 },
        { kind: 'review', at: '2026-05-02T10:00:00.000Z', itemId: 'export', title: 'Order export', overall: 35 },
      ],
      { timeZone: 'UTC', now: '2026-05-02T12:00:00.000Z' },
    );
    expect(progress.misconceptions).toEqual([
      {
        ...wrong,
        times: 2,
        questions: [{ id: 'idempotent-retries', prompt: 'How do you make a payment API safe to retry?' }],
      },
    ]);
    const ids = progress.recommendations.map((r) => r.id);
    expect(ids).toContain('misconception:put-not-idempotent');
    expect(ids).toContain('review:export');
    expect(ids).not.toContain('coding:lru-cache'); // its latest submission scored 90
  });

  it('recommends a first interview when nothing was practised', () => {
    const progress = summarizeProgress([], [], { timeZone: 'UTC', now: '2026-05-02T12:00:00.000Z' });
    expect(progress.recommendations).toEqual([expect.objectContaining({ id: 'first-interview' })]);
    expect(progress.streak).toEqual({ current: 0, longest: 0, practisedToday: false, lastDay: null });
    expect(progress.volume.days).toHaveLength(28);
  });
});
