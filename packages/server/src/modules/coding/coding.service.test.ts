// The coding service with its ports faked: attempts in a map (a check's result and a failure kept only while the
// attempt is queued, as the repository's conditional UPDATE does), a check that scores what it is told, and an
// analysis that remembers the answers it was asked about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProblemFile, type AnswerAnalysis, type CodeCheckReport } from '@rehearse/core';
import type { CodeAttempt, CodeAttemptRepository } from './coding.repository.ts';
import { createCodingService, type AttemptRequest } from './coding.service.ts';

const problemDir = join(import.meta.dirname, '../../../../../content/problems/lru-cache');
const parsed = parseProblemFile(readFileSync(join(problemDir, 'problem.yaml'), 'utf8'), {
  javascript: readFileSync(join(problemDir, 'reference.js'), 'utf8'),
  typescript: readFileSync(join(problemDir, 'reference.ts'), 'utf8'),
});
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const lru = parsed.value;

const alice = { id: 'alice' };
const bob = { id: 'bob' };
const submit: AttemptRequest = {
  language: 'javascript',
  source: 'class LRUCache {}',
  mode: 'submit',
  customInputs: [],
};

function inMemory() {
  const attempts = new Map<string, CodeAttempt>();
  const whileQueued = (id: string, changes: Partial<CodeAttempt>) => {
    const attempt = attempts.get(id);
    if (attempt?.status === 'queued') attempts.set(id, { ...attempt, ...changes });
    return Promise.resolve();
  };
  const repository: CodeAttemptRepository = {
    insert: (attempt) => Promise.resolve(void attempts.set(attempt.id, attempt)),
    find: (id) => Promise.resolve(attempts.get(id)),
    findOwn: (id, userId) => Promise.resolve([attempts.get(id)].find((a) => a?.userId === userId)),
    complete: (id, checked) => whileQueued(id, { status: 'done', ...checked }),
    fail: (id, error, finishedAt) => whileQueued(id, { status: 'failed', error, finishedAt }),
    saveFollowUpAnswers: (id, followUpAnswers) =>
      Promise.resolve(void attempts.set(id, { ...attempts.get(id)!, followUpAnswers })),
    bestSubmit: (interviewId, userId) => {
      const [best] = [...attempts.values()]
        .filter((a) => a.interviewId === interviewId && a.userId === userId && a.status === 'done')
        .filter((a) => a.mode === 'submit')
        .sort((a, b) => (b.overallScore ?? 0) - (a.overallScore ?? 0));
      return Promise.resolve(best && { id: best.id, problemId: best.problemId, overall: best.overallScore });
    },
    ofProblem: (userId, problemId, limit) =>
      Promise.resolve(
        [...attempts.values()]
          .filter((a) => a.userId === userId && a.problemId === problemId)
          .reverse()
          .slice(0, limit),
      ),
  };
  return { attempts, repository };
}

function service(options: { overall?: number; slots?: { kind: string; id: string }[] } = {}) {
  const store = inMemory();
  const scheduled: string[] = [];
  const checks: string[] = [];
  const analysed: string[] = [];
  const coding = createCodingService({
    repository: store.repository,
    problems: [lru],
    scheduleCheck: (attemptId) => Promise.resolve(void scheduled.push(attemptId)),
    check: (request) => {
      checks.push(request.source);
      return Promise.resolve({ scores: { overall: options.overall ?? 80 } } as CodeCheckReport);
    },
    interviewSlots: (_interviewId, userId) => Promise.resolve(userId === alice.id ? (options.slots ?? []) : null),
    analyze: (_question, answer) => {
      analysed.push(answer);
      return Promise.resolve({ scores: { overall: 60 } } as AnswerAnalysis);
    },
  });
  return { coding, scheduled, checks, analysed, ...store };
}

describe('the coding service', () => {
  it('queues an attempt, then its check scores a submit once however often the job runs', async () => {
    const { coding, scheduled, checks } = service({ overall: 72 });
    const queued = await coding.createAttempt('lru-cache', submit, alice);
    expect(queued).toMatchObject({ problemId: 'lru-cache', status: 'queued', report: null, debrief: null });
    expect(scheduled).toEqual([queued.id]);

    await coding.completeAttempt(queued.id);
    await coding.completeAttempt(queued.id);
    expect(checks).toHaveLength(1);
    const done = await coding.getAttempt(queued.id, alice);
    expect(done).toMatchObject({ status: 'done', report: { scores: { overall: 72 } } });
    expect(done.debrief?.questions.map((q) => q.id)).toContain('lru-cache--complexity');
  });

  it('keeps no score for a run, and a failure only for an attempt still queued', async () => {
    const { coding, attempts } = service();
    const run = await coding.createAttempt('lru-cache', { ...submit, mode: 'run' }, alice);
    await coding.completeAttempt(run.id);
    await coding.failAttempt(run.id, 'too late');
    expect(attempts.get(run.id)).toMatchObject({ status: 'done', overallScore: null, error: null });

    const lost = await coding.createAttempt('lru-cache', submit, alice);
    await coding.failAttempt(lost.id, 'the worker died');
    expect(await coding.getAttempt(lost.id, alice)).toMatchObject({ status: 'failed', error: 'the worker died' });
  });

  it("refuses inputs that are not JSON arrays, unknown problems and another user's attempt", async () => {
    const { coding } = service();
    await expect(coding.createAttempt('lru-cache', { ...submit, customInputs: ['{'] }, alice)).rejects.toThrow(
      /not valid JSON/,
    );
    await expect(coding.createAttempt('lru-cache', { ...submit, customInputs: ['{}'] }, alice)).rejects.toThrow(
      /JSON array/,
    );
    await expect(coding.createAttempt('no-such-problem', submit, alice)).rejects.toThrow(/problem/);
    const mine = await coding.createAttempt('lru-cache', submit, alice);
    await expect(coding.getAttempt(mine.id, bob)).rejects.toThrow(/attempt/);
    expect(await coding.listAttempts('lru-cache', bob)).toEqual([]);
  });

  it('answers follow-up questions only after a checked submit, the latest answer to each replacing the earlier', async () => {
    const { coding, analysed } = service();
    const attempt = await coding.createAttempt('lru-cache', submit, alice);
    await expect(coding.answerFollowUp(attempt.id, 'lru-cache--complexity', 'O(1)', alice)).rejects.toThrow(
      /after a submitted/,
    );
    await coding.completeAttempt(attempt.id);
    await expect(coding.answerFollowUp(attempt.id, 'nothing', 'O(1)', alice)).rejects.toThrow(/follow-up/);

    await coding.answerFollowUp(attempt.id, 'lru-cache--complexity', 'O(n)', alice);
    await coding.answerFollowUp(attempt.id, 'lru-cache--edge-cases', 'capacity one', alice);
    await coding.answerFollowUp(attempt.id, 'lru-cache--complexity', 'O(1) per operation', alice);
    const { debrief } = await coding.getAttempt(attempt.id, alice);
    expect(analysed).toEqual(['O(n)', 'capacity one', 'O(1) per operation']);
    expect(debrief?.answers.map((a) => [a.followUpId, a.answer])).toEqual([
      ['lru-cache--edge-cases', 'capacity one'],
      ['lru-cache--complexity', 'O(1) per operation'],
    ]);
  });

  it('joins a full loop only if it plans the problem, and gives the loop its best checked submit', async () => {
    const { coding } = service({ slots: [{ kind: 'coding', id: 'lru-cache' }] });
    await expect(coding.createAttempt('lru-cache', { ...submit, interviewId: 'loop' }, bob)).rejects.toThrow(
      /interview/,
    );
    const attempt = await coding.createAttempt('lru-cache', { ...submit, interviewId: 'loop' }, alice);
    expect(await coding.bestForInterview('loop', alice.id)).toBeUndefined();
    await coding.completeAttempt(attempt.id);
    expect(await coding.bestForInterview('loop', alice.id)).toEqual({
      id: attempt.id,
      problemId: 'lru-cache',
      overall: 80,
    });
  });
});
