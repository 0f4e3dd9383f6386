import { afterEach, describe, expect, it } from 'vitest';
import { analyzeAnswer, type Question } from '@rehearse/core';
import { createWorkerPool, type WorkerPool } from '../src/workers/worker-pool.ts';
import type { CpuFunctions } from './fixtures/cpu-functions.ts';
import { indexingQuestion } from './fixtures/questions.ts';

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

describe('worker pool', () => {
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

  it('analyses an answer in a worker exactly as on the main thread', async () => {
    const pool = track(createWorkerPool({ size: 1 }));
    const question: Question = indexingQuestion;
    const answer = 'I would add an index on the column used in the where clause and check the plan with explain.';
    const inWorker = await pool.runInWorker('analyzeAnswer', { question, answerText: answer });
    expect(inWorker).toEqual(analyzeAnswer(question, answer, {}));
  });
});
