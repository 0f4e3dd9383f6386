// Coding round speed: the time from a submitted solution to its feedback (every test in the sandbox, the large
// inputs against the reference, the linter) for a typical problem, on a worker thread as the app runs it; and the
// sandbox's overhead per test run, as a ratio to the same function called directly in Node, in the same run.
// Target: feedback under 2 s.
//   node bench/coding.bench.ts [--problem top-k-frequent] [--runs 5]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareSource } from '../packages/core/src/index.ts';
import { loadProblems } from '../packages/server/src/modules/coding/problem-content.ts';
import { openSandbox } from '../packages/server/src/modules/coding/quickjs-sandbox.ts';
import { createWorkerPool } from '../packages/server/src/workers/worker-pool.ts';

const option = (name: string, fallback: string) =>
  process.argv.includes(name) ? (process.argv[process.argv.indexOf(name) + 1] ?? fallback) : fallback;
const problemId = option('--problem', 'top-k-frequent');
const runs = Number(option('--runs', '5'));
const root = join(import.meta.dirname, '..', 'content', 'problems');
const entry = (await loadProblems(root)).problems.find((p) => p.problem.id === problemId);
if (!entry) throw new Error(`no problem ${problemId}`);
const { problem } = entry;

// Submit → feedback, through the worker pool as the background job calls it.
const pool = createWorkerPool({ size: 1 });
const submitMs: number[] = [];
for (let i = 0; i < runs + 1; i++) {
  const start = performance.now();
  const report = await pool.runInWorker('checkCode', {
    problem: entry,
    language: 'typescript',
    source: entry.references.typescript,
  });
  submitMs.push(performance.now() - start);
  if (report.scores.correctness !== 100) throw new Error(`the reference failed: ${JSON.stringify(report.failures)}`);
}
await pool.close();
const [cold, ...warm] = submitMs;
warm.sort((a, b) => a - b);

// Per-test overhead: one visible test's call in the sandbox against the same function called directly in Node.
const test = problem.tests.visible[0]!;
const input = JSON.stringify('ops' in test ? test.ops : test.args);
const session = await openSandbox();
const prepared = prepareSource(entry.references.javascript);
if (!prepared.ok) throw new Error('the reference does not prepare');
const sandboxMs = median(200, () => void session.call(prepared.script, problem.entry, problem.kind, input));
const direct = (await import(pathToFileURL(join(root, problemId, 'reference.js')).href)) as Record<string, unknown>;
const fn = direct[problem.entry] as (...args: unknown[]) => unknown;
const args = JSON.parse(input) as unknown[];
const directMs = median(2000, () => {
  if (problem.kind === 'function') fn(...args);
  else new (fn as unknown as new (...a: unknown[]) => unknown)(...((args[0] as unknown[]).slice(1) ?? []));
});

console.log(
  `problem ${problemId} (${problem.tests.visible.length + problem.tests.hidden.length} tests + ${problem.tests.large.length} large)`,
);
console.log(
  `submit → feedback: cold ${cold!.toFixed(0)} ms, warm median ${warm[Math.floor(warm.length / 2)]!.toFixed(0)} ms (target < 2000 ms)`,
);
console.log(
  `one test run: sandbox ${sandboxMs.toFixed(2)} ms vs direct ${(directMs * 1000).toFixed(1)} µs → ratio ${(sandboxMs / directMs).toFixed(0)}×`,
);
console.log(`  (the sandbox's cost is a fresh runtime and context per call, so no test can leak into the next)`);

function median(times: number, work: () => void): number {
  for (let i = 0; i < Math.min(10, times); i++) work();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}
