// Progress, history and session reports against answers whose scores and key points were chosen by hand, on
// SQLite and PostgreSQL: the aggregates equal the numbers worked out below, the history finds and pages them,
// and the exports (Markdown, PDF) say what the session held, to its owner only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '@rehearse/core';
import { availableDialects, buildTestApp, ORIGIN, signUp, startInterview, type TestApp } from './helper.ts';
import { answerWriter } from './fixtures/answers.ts';
import { cachingQuestion, indexingQuestion, lockingQuestion } from './fixtures/questions.ts';
import { pdfText } from './fixtures/pdf-text.ts';

const dialects = await availableDialects();
const DAY_MS = 86_400_000;

describe.each(dialects)('progress, history and reports on %s', (dialect) => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof signUp>>;
  let stranger: Awaited<ReturnType<typeof signUp>>;
  const ids: Record<string, string> = {};
  let first = '';

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], { retireMissing: true });
    owner = await signUp(t.app);
    stranger = await signUp(t.app);
    const write = answerWriter(t, owner.user.id);
    // Yesterday and today in UTC: a row 24 hours back is always on the previous date.
    const now = Date.now() - 60_000;
    const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
    first = await startInterview(t.app, owner.cookie);
    const second = await startInterview(t.app, owner.cookie);
    ids.indexingYesterday = await write.turn({
      interviewId: first,
      turnId: '0.0',
      question: indexingQuestion,
      at: at(-DAY_MS),
      text: 'An index keeps the keys sorted, like a book index, so the database avoids a full scan.',
      known: { overall: 40, content: 30, structure: 50, covered: ['one'] },
    });
    await write.turn({
      interviewId: first,
      turnId: '0.1',
      kind: 'follow-up',
      prompt: 'What about the second point?',
      question: indexingQuestion,
      at: at(-DAY_MS + 30_000),
      text: 'Writes must update the index too.',
      known: { overall: 70, covered: ['two'] },
    });
    ids.lockingYesterday = await write.typed({
      question: lockingQuestion,
      at: at(-DAY_MS + 60_000),
      text: 'A version column: the update says where version equals the one read.',
      known: { overall: 60, content: 55, structure: 70, covered: ['one', 'two'] },
    });
    ids.indexingToday = await write.turn({
      interviewId: second,
      turnId: '0.0',
      question: indexingQuestion,
      at: at(-120_000),
      text: 'A B-tree index finds rows in logarithmic time; every write pays to keep it in order.',
      known: { overall: 80, covered: ['one', 'two', 'three'] },
    });
    ids.lockingQueued = await write.turn({
      interviewId: second,
      turnId: '1.0',
      question: lockingQuestion,
      at: at(-60_000),
      text: 'Still being analysed.',
    });
    ids.cachingToday = await write.typed({
      question: cachingQuestion,
      at: at(-30_000),
      text: 'Invalidate on write and keep a short TTL as a safety net.',
      known: { overall: 90, covered: ['one', 'two', 'three'] },
    });
  });
  afterAll(async () => t.close());

  const get = (url: string, cookie: string | null = owner.cookie) =>
    t.app.inject({ url, headers: { ...ORIGIN, ...(cookie ? { cookie } : {}) } });

  describe('progress', () => {
    it('aggregates scores, volume, streak and evidence as worked out by hand', async () => {
      const response = await get('/api/v1/progress?tz=UTC');
      expect(response.statusCode).toBe(200);
      const progress = response.json<Progress>();
      // Four analysed answers (the follow-up belongs to its answer; the queued one has no score yet).
      expect(progress.totals).toEqual({ answers: 4, coding: 0, reviews: 0, daysPractised: 2, average: 68 });
      expect(progress.streak).toMatchObject({ current: 2, longest: 2, practisedToday: true, lastDay: progress.today });
      const [yesterday, today] = progress.byDay as [Progress['byDay'][number], Progress['byDay'][number]];
      expect(yesterday).toMatchObject({ answers: 2, overall: 50, content: 43, structure: 60, delivery: null });
      expect(today).toMatchObject({ date: progress.today, answers: 2, overall: 85 });
      expect(progress.volume.days.at(-1)).toEqual({ date: progress.today, answers: 2, attempts: 0 });
      expect(progress.volume.days.at(-2)).toEqual({ date: yesterday.date, answers: 2, attempts: 0 });
      expect(
        progress.categories.map((c: { category: string; answers: number; average: number }) => [
          c.category,
          c.answers,
          c.average,
        ]),
      ).toEqual([
        ['databases', 3, 60],
        ['system-design', 1, 90],
      ]);
      // "Third point" was missed in the indexing answer of yesterday and the locking one; made today.
      expect(progress.missedPoints[0]).toEqual({
        label: 'Third point',
        category: 'databases',
        missed: 2,
        asked: 3,
        questions: [
          { id: lockingQuestion.id, prompt: lockingQuestion.prompt },
          { id: indexingQuestion.id, prompt: indexingQuestion.prompt },
        ],
      });
      expect(progress.weakAreas).toEqual([expect.objectContaining({ category: 'databases', average: 60, answers: 3 })]);
      expect(progress.recommendations[0]).toMatchObject({
        reason: 'You missed “Third point” in 2 of 3 databases answers: practise these 2 questions.',
        action: { kind: 'questions', questions: [{ id: lockingQuestion.id }, { id: indexingQuestion.id }] },
      });
      expect(progress.recommendations[1]).toMatchObject({
        action: { kind: 'interview', settings: { round: 'concepts', categories: ['databases'] } },
      });
    });

    it('counts days in the time zone asked for, and refuses one it does not know', async () => {
      expect((await get('/api/v1/progress?tz=Pacific/Kiritimati')).json<Progress>().timeZone).toBe(
        'Pacific/Kiritimati',
      );
      const bad = await get('/api/v1/progress?tz=Mars/Olympus');
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('querystring.tz');
    });

    it('shows a stranger nothing of the owner’s answers', async () => {
      const progress = (await get('/api/v1/progress', stranger.cookie)).json<Progress>();
      expect(progress.totals.answers).toBe(0);
      expect(progress.recommendations[0]!.id).toBe('first-interview');
      expect((await get('/api/v1/progress', null)).statusCode).toBe(401);
    });
  });

  describe('history', () => {
    const list = async (query: string, cookie?: string) =>
      (await get(`/api/v1/history${query}`, cookie)).json<{
        items: { id: string; score: number | null }[];
        nextCursor: string | null;
      }>();

    it('lists every answer newest first, and pages through them with a cursor', async () => {
      const all = await list('');
      expect(all.items.map((item) => item.id)).toEqual([
        ids.cachingToday,
        ids.lockingQueued,
        ids.indexingToday,
        ids.lockingYesterday,
        ids.indexingYesterday,
      ]);
      const seen: string[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const page = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      }
      expect(seen).toEqual(all.items.map((item) => item.id));
    });

    it('searches the question and the answer, and filters by category, round, score and date', async () => {
      expect((await list('?q=TTL')).items.map((i) => i.id)).toEqual([ids.cachingToday]);
      expect((await list('?q=lost%20updates')).items.map((i) => i.id)).toEqual([
        ids.lockingQueued,
        ids.lockingYesterday,
      ]);
      expect((await list('?q=100%25')).items).toEqual([]); // a literal percent sign, not a wildcard
      expect((await list('?category=system-design')).items.map((i) => i.id)).toEqual([ids.cachingToday]);
      expect((await list('?minScore=70')).items.map((i) => i.score)).toEqual([90, 80]);
      expect((await list('?maxScore=50')).items.map((i) => i.id)).toEqual([ids.indexingYesterday]);
      expect((await list('?round=coding')).items).toEqual([]);
      const since = new Date(Date.now() - 6 * 60 * 60_000).toISOString();
      expect((await list(`?from=${encodeURIComponent(since)}`)).items).toHaveLength(3);
      expect((await get('/api/v1/history?minScore=80&maxScore=20')).statusCode).toBe(400);
      expect((await list('', stranger.cookie)).items).toEqual([]);
    });

    it('replays one answer with its feedback and follow-ups, and sets attempts at a question side by side', async () => {
      const replay = (await get(`/api/v1/history/answers/${ids.indexingYesterday}`)).json<unknown>();
      expect(replay).toMatchObject({
        source: 'interview',
        interviewId: first,
        questionId: indexingQuestion.id,
        category: 'databases',
        answer: { mode: 'typed', analysis: { scores: { overall: 40 } } },
        followUps: [{ kind: 'follow-up', prompt: 'What about the second point?' }],
      });
      const typed = (await get(`/api/v1/history/answers/${ids.lockingYesterday}`)).json<unknown>();
      expect(typed).toMatchObject({ source: 'typed', answer: { mode: 'typed' } });
      expect((typed as { answer: { answerText: string } }).answer.answerText).toContain('version column');

      const side = (await get(`/api/v1/history/questions/${indexingQuestion.id}`)).json<{
        attempts: { answer: { analysis: { scores: { overall: number } } } }[];
      }>();
      expect(
        side.attempts.map(
          (a: { answer: { analysis: { scores: { overall: number } } } }) => a.answer.analysis.scores.overall,
        ),
      ).toEqual([40, 80]);
    });

    it('refuses another user’s answers', async () => {
      for (const url of [
        `/api/v1/history/answers/${ids.indexingYesterday}`,
        `/api/v1/history/answers/${ids.lockingYesterday}`,
        `/api/v1/history/questions/${indexingQuestion.id}`,
      ])
        expect((await get(url, stranger.cookie)).statusCode, url).toBe(404);
    });
  });

  describe('session reports', () => {
    it('exports Markdown with the scores, each answer and its evidence', async () => {
      const response = await get(`/api/v1/interviews/${first}/report.md`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="rehearse-interview-\d{4}-\d{2}-\d{2}\.md"$/,
      );
      const text = response.body;
      expect(text).toMatch(/^# Mock interview report\n/);
      expect(text).toContain('| overall | 40 |');
      expect(text).toContain(`### 1. ${indexingQuestion.prompt}`);
      expect(text).toContain(
        '> An index keeps the keys sorted, like a book index, so the database avoids a full scan.',
      );
      expect(text).toContain('#### Follow-up: What about the second point?');
      expect(text).toContain('- ✘ **Third point**: an interviewer would ask “What about the third point?”');
    });

    it('exports a real PDF whose text says the same', async () => {
      const response = await get(`/api/v1/interviews/${first}/report.pdf`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="rehearse-interview-[\d-]+\.pdf"$/,
      );
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = await pdfText(response.rawPayload);
      expect(pdf.title).toMatch(/^Mock interview report/);
      const words = pdf.text.replace(/\s+/g, ' ');
      expect(words).toContain('Mock interview report');
      expect(words).toContain('Question by question');
      expect(words).toContain('How does a database index speed up queries');
      expect(words).toContain('like a book index, so the database avoids a full scan');
      expect(words).toContain('Follow-up: What about the second point?');
      expect(words).toContain('Missed: Third point');
      expect(words).toMatch(/page 1 of \d/);
    });

    it('exports only to the owner', async () => {
      for (const format of ['md', 'pdf']) {
        const url = `/api/v1/interviews/${first}/report.${format}`;
        expect((await get(url, stranger.cookie)).statusCode, url).toBe(404);
        expect((await get(url, null)).statusCode, url).toBe(401);
      }
    });
  });
});
