import { afterEach, describe, expect, it } from 'vitest';
import { analyzeAnswer, type Question } from '@rehearse/core';
import { createWorkerPool, type WorkerPool } from '../src/workers/worker-pool.ts';
import type { CpuFunctions } from './fixtures/cpu-functions.ts';
import { BANK, type SharedBank } from '../src/workers/worker-shared.ts';
import { cachingQuestion, indexingQuestion, lockingQuestion } from './fixtures/questions.ts';

const cpuModule = new URL('./fixtures/cpu-functions.ts', import.meta.url);

/** The longest gap between timer ticks while `work` runs: how long the event loop was blocked. */
async function longestStall(work: Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  await work;
  clearInterval(timer);
  return Math.max(longest, performance.now() - last);
}

function busyMainThread(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

// Threads start by loading the analysis and its language model: seconds on a loaded machine, not a speed target.
describe('worker pool', { timeout: 30_000 }, () => {
  const pools: WorkerPool<never>[] = [];
  const track = <P>(pool: P) => (pools.push(pool as WorkerPool<never>), pool);
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.close();
  });

  it('keeps the main event loop responsive while a worker computes', async () => {
    const pool = track(createWorkerPool<CpuFunctions>({ size: 1, moduleUrl: cpuModule }));
    await pool.runInWorker('spin', 1); // the thread is started and warm
    const started = performance.now();
    const stall = await longestStall(pool.runInWorker('spin', 600));
    expect(performance.now() - started).toBeGreaterThanOrEqual(590);
    expect(stall).toBeLessThan(100);
    // The control: the same kind of work on the main thread blocks the loop for its whole length.
    const blocked = await longestStall(
      new Promise((resolve) => setTimeout(resolve, 20)).then(() => busyMainThread(300)),
    );
    expect(blocked).toBeGreaterThanOrEqual(290);
  });

  it('runs calls in parallel up to its size and queues the rest', async () => {
    const pool = track(createWorkerPool<CpuFunctions>({ size: 2, moduleUrl: cpuModule }));
    await Promise.all([pool.runInWorker('spin', 1), pool.runInWorker('spin', 1)]);
    const started = performance.now();
    const turns = await Promise.all([1, 2, 3, 4].map(() => pool.runInWorker('spin', 300)));
    const elapsed = performance.now() - started;
    expect(turns.every((count) => count > 0)).toBe(true);
    // Two at a time: about 600 ms, where one at a time would take 1200.
    expect(elapsed).toBeGreaterThanOrEqual(590);
    expect(elapsed).toBeLessThan(1000);
  });

  it('rejects a failing call with its message and survives a dying thread', async () => {
    const pool = track(createWorkerPool<CpuFunctions>({ size: 1, moduleUrl: cpuModule }));
    await expect(pool.runInWorker('fail', 'bad input')).rejects.toThrow('Worker function "fail" failed: bad input');
    await expect(pool.runInWorker('exit')).rejects.toThrow(/exited \(code 3\)/);
    expect(await pool.runInWorker('spin', 1)).toBeGreaterThan(0);
  });

  it('hands shared values to running threads and to threads started later, once each', async () => {
    const pool = track(createWorkerPool<CpuFunctions>({ size: 2, moduleUrl: cpuModule }));
    pool.share('bank', { version: 'v1' });
    expect(await pool.runInWorker('shared', 'bank')).toEqual({ version: 'v1' });
    pool.share('bank', { version: 'v2' });
    // Two calls at once: the second starts a new thread, which is sent what was shared before its first call.
    const seen = await Promise.all([pool.runInWorker('shared', 'bank'), pool.runInWorker('shared', 'bank')]);
    expect(seen).toEqual([{ version: 'v2' }, { version: 'v2' }]);
    expect(await pool.runInWorker('shared', 'nothing')).toBeUndefined();
  });

  it('analyses an answer in a worker exactly as on the main thread', async () => {
    const pool = track(createWorkerPool({ size: 1 }));
    const question: Question = indexingQuestion;
    const answer = 'I would add an index on the column used in the where clause and check the plan with explain.';
    const inWorker = await pool.runInWorker('analyzeAnswer', { question, answerText: answer });
    expect(inWorker).toEqual(analyzeAnswer(question, answer, {}));
  });

  it('analyses a bank question named by its id against the bank shared once, as on the main thread', async () => {
    const pool = track(createWorkerPool({ size: 1 }));
    const bank = [indexingQuestion, lockingQuestion, cachingQuestion];
    pool.share(BANK, { version: 'v1', questions: bank } satisfies SharedBank);
    const answer = 'I would add an index on the column used in the where clause and check the plan with explain.';
    const byId = await pool.runInWorker('analyzeAnswer', { questionId: indexingQuestion.id, answerText: answer });
    expect(byId).toEqual(analyzeAnswer(indexingQuestion, answer, { questions: bank }));
    await expect(pool.runInWorker('analyzeAnswer', { questionId: 'nowhere', answerText: answer })).rejects.toThrow(
      /not in the bank/,
    );
  });
});
