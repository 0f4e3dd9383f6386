// Checks a candidate's solution to a problem: compiles it, runs the visible and hidden tests and the large inputs
// in the sandbox (the reference solution on the same large inputs, in the same run, for the time to beat), lints
// it, and scores it. Runs synchronously on the calling thread: callers put it on a worker thread.
import {
  explainCheck,
  judgeEfficiency,
  judgeOutcome,
  overallScores,
  prepareSource,
  qualityScore,
  type CodeCheckReport,
  type CodeLanguage,
  type LargeRun,
  type ProblemTest,
  type ProblemWithReferences,
  type TestResult,
} from '@rehearse/core';
import { lintSolution } from './eslint-quality.ts';
import { runLarge, type LargeResult } from './large-inputs.ts';
import { DEFAULT_LIMITS, type CallResult, type SandboxSession } from './quickjs-sandbox.ts';
import { stripTypes } from './typescript-strip.ts';

export interface CheckRequest {
  readonly problem: ProblemWithReferences;
  readonly language: CodeLanguage;
  readonly source: string;
  /** "Run" in the editor: the visible tests and the candidate's own inputs only, no scores that count. */
  readonly visibleOnly?: boolean;
  /** The candidate's own inputs (args or ops as JSON text), answered by the reference solution too. */
  readonly customInputs?: readonly string[];
}

const MAX_SOURCE_CHARACTERS = 50_000;

export function checkSolution(request: CheckRequest, session: SandboxSession): CodeCheckReport {
  const { problem } = request.problem;
  const base = { problemId: problem.id, language: request.language };
  if (request.source.length > MAX_SOURCE_CHARACTERS)
    return failedBeforeRunning(request, {
      message: `The code is longer than ${MAX_SOURCE_CHARACTERS} characters.`,
      line: null,
    });
  const compiled = compile(request.source, request.language);
  if (!compiled.ok) return failedBeforeRunning(request, compiled.error);
  const prepared = prepareSource(compiled.code);
  if (!prepared.ok)
    return stoppedBeforeRunning(
      request,
      `${prepared.forbidden} on line ${prepared.line} ${prepared.forbidden === 'imports' ? 'are' : 'is'} not available: solutions run without files, network, processes or modules.`,
    );
  const results: TestResult[] = [];
  const state: { stopped: CodeCheckReport['stopped'] } = { stopped: null };
  const run = (test: ProblemTest, group: TestResult['group']) => {
    // After a stop (a timeout, a memory or output bomb), the rest would only stop the same way, slowly.
    if (state.stopped) {
      results.push({
        name: test.name,
        group,
        passed: false,
        message: 'Not run: the code was stopped on an earlier test.',
      });
      return null;
    }
    const input = JSON.stringify('ops' in test ? test.ops : test.args);
    const call = session.call(prepared.script, problem.entry, problem.kind, input, DEFAULT_LIMITS);
    const result = toTestResult(call, test, group, problem.entry);
    if (result.stopped && !state.stopped) state.stopped = { reason: result.stopped, detail: stopDetail(call) };
    results.push(result);
    return call;
  };
  let output = '';
  for (const test of problem.tests.visible) {
    const call = run(test, 'visible');
    if (call?.status === 'ok') output += call.output;
  }
  for (const input of request.customInputs ?? []) results.push(runCustom(request, prepared.script, input, session));
  if (!request.visibleOnly) {
    for (const test of problem.tests.hidden) run(test, 'hidden');
    if (state.stopped)
      for (const test of problem.tests.large)
        results.push({
          name: test.name,
          group: 'large',
          passed: false,
          message: 'Not run: the code was stopped on an earlier test.',
        });
    else
      results.push(
        ...runLarge(request, prepared.script, referenceScript(request), session, (stop) => (state.stopped ??= stop)),
      );
  }
  const lint = lintSolution(request.source, request.language);
  const largeRuns = results.filter((r) => r.group === 'large');
  const efficiency = judgeEfficiency(
    largeRuns.map((r) => ({
      name: r.name,
      candidateMs: r.ms ?? null,
      referenceMs: (r as LargeResult).referenceMs ?? 0,
      timedOut: r.stopped === 'timeout',
      growth: (r as LargeResult).growth,
    })) satisfies LargeRun[],
    problem.complexity.time,
  );
  const counted = results.filter((r) => r.group !== 'custom');
  // A large input that runs out of time says the code is slow, not wrong: efficiency pays for it, correctness not.
  const judged = counted.filter((r) => !(r.group === 'large' && r.stopped === 'timeout'));
  const correctness = weightedPassRate(judged);
  const quality = qualityScore(lint.findings);
  const report = {
    ...base,
    tests: { visible: tally(results, ['visible']), hidden: tally(results, ['hidden', 'large']) },
    results: results.map(({ referenceMs: _reference, growth: _growth, ...result }: LargeResult) => result),
    failures: counted.filter((r) => !r.passed).map((r) => ({ test: r.name, message: r.message ?? 'failed' })),
    efficiency: { verdict: efficiency.verdict, detail: efficiency.detail },
    quality: { findings: lint.findings },
    scores: overallScores(correctness, request.visibleOnly ? 0 : efficiency.score, quality),
    stopped: state.stopped,
    compileError: null,
    output: output.slice(0, DEFAULT_LIMITS.outputBytes),
  };
  return { ...report, ...explainCheck(report) };
}

/** Hidden tests weigh twice the visible ones: the visible ones are there to be made to pass. */
const TEST_WEIGHT: Readonly<Record<TestResult['group'], number>> = { visible: 1, hidden: 2, large: 2, custom: 0 };

function weightedPassRate(results: readonly TestResult[]): number {
  const total = results.reduce((sum, r) => sum + TEST_WEIGHT[r.group], 0);
  const passed = results.reduce((sum, r) => sum + (r.passed ? TEST_WEIGHT[r.group] : 0), 0);
  return total ? (100 * passed) / total : 0;
}

function compile(
  source: string,
  language: CodeLanguage,
): { ok: true; code: string } | { ok: false; error: { message: string; line: number | null } } {
  const lint = lintSolution(source, language);
  if (lint.syntaxError)
    return { ok: false, error: { message: `SyntaxError: ${lint.syntaxError.message}`, line: lint.syntaxError.line } };
  if (language === 'javascript') return { ok: true, code: source };
  const stripped = stripTypes(source);
  return stripped.ok
    ? { ok: true, code: stripped.code }
    : { ok: false, error: { message: stripped.message, line: null } };
}

function toTestResult(call: CallResult, test: ProblemTest, group: TestResult['group'], entry: string): TestResult {
  if (call.status === 'error') return { name: test.name, group, passed: false, message: call.message };
  if (call.status === 'stopped')
    return { name: test.name, group, passed: false, message: call.detail, stopped: call.reason, ms: call.ms };
  const verdict = judgeOutcome(call.outcome, test, entry);
  return { name: test.name, group, passed: verdict.passed, message: verdict.message, ms: call.ms };
}

function runCustom(request: CheckRequest, script: string, input: string, session: SandboxSession): TestResult {
  const { problem } = request.problem;
  const name = `your input ${input.length > 60 ? `${input.slice(0, 60)}…` : input}`;
  const expected = session.call(referenceScript(request), problem.entry, problem.kind, input);
  const call = session.call(script, problem.entry, problem.kind, input);
  if (call.status !== 'ok')
    return { name, group: 'custom', passed: false, message: call.status === 'error' ? call.message : call.detail };
  const reference = expected.status === 'ok' ? expected.outcome : { threw: 'the reference could not run this input' };
  const verdict = judgeOutcome(
    call.outcome,
    reference.threw && !Array.isArray(reference.value) ? { throws: true } : { expected: reference.value },
    problem.entry,
  );
  return {
    name,
    group: 'custom',
    passed: verdict.passed,
    message: verdict.message,
    actual: call.outcome.value ?? call.outcome.threw,
    expected: reference.value ?? reference.threw,
    ms: call.ms,
  };
}

function referenceScript(request: CheckRequest): string {
  const source = request.problem.references[request.language];
  const compiled = compile(source, request.language);
  if (!compiled.ok) throw new Error(`the reference of ${request.problem.problem.id} does not compile`);
  const prepared = prepareSource(compiled.code);
  if (!prepared.ok) throw new Error(`the reference of ${request.problem.problem.id} uses ${prepared.forbidden}`);
  return prepared.script;
}

function stopDetail(call: CallResult): string {
  return call.status === 'stopped' ? call.detail : '';
}

function tally(results: readonly TestResult[], groups: readonly TestResult['group'][]) {
  const inGroups = results.filter((r) => groups.includes(r.group));
  return { passed: inGroups.filter((r) => r.passed).length, total: inGroups.length };
}

function emptyReport(request: CheckRequest) {
  const { problem } = request.problem;
  const hiddenTotal = request.visibleOnly ? 0 : problem.tests.hidden.length + problem.tests.large.length;
  return {
    problemId: problem.id,
    language: request.language,
    tests: { visible: { passed: 0, total: problem.tests.visible.length }, hidden: { passed: 0, total: hiddenTotal } },
    results: [],
    failures: [],
    efficiency: { verdict: 'unknown' as const, detail: 'The code did not run.' },
    quality: { findings: [] },
    scores: overallScores(0, 0, 0),
    stopped: null,
    compileError: null,
    output: '',
  };
}

function failedBeforeRunning(request: CheckRequest, error: { message: string; line: number | null }): CodeCheckReport {
  const report = {
    ...emptyReport(request),
    compileError: error,
    failures: [{ test: 'compile', message: error.message }],
  };
  return { ...report, ...explainCheck(report) };
}

function stoppedBeforeRunning(request: CheckRequest, detail: string): CodeCheckReport {
  const report = {
    ...emptyReport(request),
    stopped: { reason: 'forbidden' as const, detail },
    failures: [{ test: 'run', message: detail }],
  };
  return { ...report, ...explainCheck(report) };
}
