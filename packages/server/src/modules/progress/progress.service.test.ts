// The progress service with its repository faked: what it reads is handed to the core's aggregate, days in the
// viewer's time zone and the clock it is given, with coding problems and review exercises named by their titles.
import { describe, expect, it } from 'vitest';
import type { ProgressAnswer } from '@rehearse/core';
import type { ProgressRepository, UntitledAttempt } from './progress.repository.ts';
import { createProgressService } from './progress.service.ts';

const answer = (id: string, at: string, overall: number): ProgressAnswer => ({
  id,
  at,
  source: 'typed',
  questionId: 'database-indexes',
  prompt: 'How does a database index speed up queries?',
  category: 'databases',
  level: 'mid',
  round: 'concepts',
  scores: { overall, content: overall, structure: overall, delivery: null },
  keyPoints: [{ id: 'one', label: 'First point', covered: overall >= 50 }],
  misconceptions: [],
});

function service(answers: ProgressAnswer[], attempts: UntitledAttempt[]) {
  const asked: string[] = [];
  const repository: ProgressRepository = {
    answers: (userId) => {
      asked.push(userId);
      return Promise.resolve(answers);
    },
    attempts: () => Promise.resolve(attempts),
  };
  const titles: Record<string, string> = { 'lru-cache': 'LRU cache', 'api-tokens-table': 'Personal API tokens' };
  const progress = createProgressService({
    repository,
    titleOf: (_kind, id) => titles[id] ?? id,
    now: () => new Date('2026-03-03T02:00:00Z'),
  });
  return { progress, asked };
}

describe('the progress service', () => {
  it("summarises the viewer's own answers by day in their time zone", async () => {
    const { progress, asked } = service(
      [answer('a1', '2026-03-02T10:00:00Z', 40), answer('a2', '2026-03-03T01:00:00Z', 80)],
      [],
    );
    const utc = await progress.of({ id: 'alice' }, 'UTC');
    expect(asked).toEqual(['alice']);
    expect(utc).toMatchObject({ today: '2026-03-03', totals: { answers: 2, daysPractised: 2, average: 60 } });
    // Both answers fall on 2 March in New York, where it is still 2 March.
    const newYork = await progress.of({ id: 'alice' }, 'America/New_York');
    expect(newYork).toMatchObject({ today: '2026-03-02', totals: { daysPractised: 1 } });
  });

  it('names coding problems and review exercises by their titles, and an item gone from the files by its id', async () => {
    const { progress } = service(
      [],
      [
        { kind: 'coding', at: '2026-03-02T10:00:00Z', itemId: 'lru-cache', overall: 30 },
        { kind: 'review', at: '2026-03-02T11:00:00Z', itemId: 'retired-exercise', overall: 20 },
      ],
    );
    const summary = await progress.of({ id: 'alice' }, 'UTC');
    expect(summary.totals).toMatchObject({ coding: 1, reviews: 1 });
    expect(summary.recommendations.map((r) => r.title)).toEqual(
      expect.arrayContaining(['Try “LRU cache” again', 'Try “retired-exercise” again']),
    );
  });
});
