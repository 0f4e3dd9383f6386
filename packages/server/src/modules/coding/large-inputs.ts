// The large inputs of a coding check: each generated in the sandbox and answered by the reference solution first
// (its time is the one to beat, and the candidate's time limit follows from it), then run on the candidate's
// solution; where the input can be cut to a quarter, both run on the quarter too, so growth can be compared.
import {
  judgeOutcome,
  type CodeLanguage,
  type LargeTest,
  type ProblemWithReferences,
  type RunStop,
  type TestResult,
} from '@rehearse/core';
import { DEFAULT_LIMITS, type SandboxSession } from './quickjs-sandbox.ts';

/** What a large run needs of the check it belongs to. */
export interface LargeRequest {
  readonly problem: ProblemWithReferences;
  readonly language: CodeLanguage;
}

/** A large input may take the candidate this many times the reference's time before it is stopped. */
const LARGE_TIME_FACTOR = 25;
const LARGE_MIN_TIMEOUT_MS = 1500;
const LARGE_MAX_TIMEOUT_MS = 4000;

export type LargeResult = TestResult & {
  referenceMs?: number;
  growth?: { candidateQuarterMs: number; referenceQuarterMs: number } | undefined;
};

/** Large inputs: generated in the sandbox, answered by the reference first (its time is the one to beat). */
export function runLarge(
  request: LargeRequest,
  script: string,
  reference: string,
  session: SandboxSession,
  onStop: (stop: { reason: RunStop; detail: string }) => void,
): Array<
  TestResult & { referenceMs: number; growth?: { candidateQuarterMs: number; referenceQuarterMs: number } | undefined }
> {
  const { problem } = request.problem;
  return problem.tests.large.map((test) => {
    const { input, expected, referenceMs, quarter } = largeBaseline(request, test, reference, session);
    const timeoutMs = Math.min(LARGE_MAX_TIMEOUT_MS, Math.max(LARGE_MIN_TIMEOUT_MS, referenceMs * LARGE_TIME_FACTOR));
    const call = session.call(script, problem.entry, problem.kind, input, {
      ...DEFAULT_LIMITS,
      timeoutMs,
      memoryBytes: 256 * 1024 * 1024,
    });
    const base = { name: test.name, group: 'large' as const, referenceMs };
    if (call.status === 'stopped') {
      onStop({ reason: call.reason, detail: call.detail });
      return { ...base, passed: false, message: call.detail, stopped: call.reason, ms: call.ms };
    }
    if (call.status === 'error') return { ...base, passed: false, message: call.message };
    const verdict = judgeOutcome(call.outcome, { expected, unordered: test.unordered }, problem.entry);
    // Growth on scaled inputs: the same run on a quarter of the input, for the candidate as for the reference.
    const small = quarter
      ? session.call(script, problem.entry, problem.kind, quarter.input, { ...DEFAULT_LIMITS, timeoutMs })
      : null;
    const growth =
      quarter && small?.status === 'ok'
        ? { candidateQuarterMs: small.ms, referenceQuarterMs: quarter.referenceMs }
        : undefined;
    return { ...base, passed: verdict.passed, message: verdict.message, ms: call.ms, growth };
  });
}

interface LargeBaseline {
  readonly input: string;
  readonly expected: unknown;
  readonly referenceMs: number;
  /** The first quarter of the input (ops, or the first array argument) and the reference's time on it. */
  readonly quarter: { readonly input: string; readonly referenceMs: number } | null;
}

/**
 * A large input, the reference's answer and its time, kept for the life of the process: generating and answering
 * a large input costs more than the candidate's run, and neither changes between checks.
 */
const largeBaselines = new Map<string, LargeBaseline>();

function largeBaseline(
  request: LargeRequest,
  test: LargeTest,
  reference: string,
  session: SandboxSession,
): LargeBaseline {
  const { problem } = request.problem;
  const key = `${problem.id}\u0000${request.language}\u0000${test.name}\u0000${test.generate}`;
  const known = largeBaselines.get(key);
  if (known) return known;
  const input = session.evaluateJson(test.generate, {
    ...DEFAULT_LIMITS,
    timeoutMs: 10_000,
    memoryBytes: 256 * 1024 * 1024,
  });
  const answered = session.call(reference, problem.entry, problem.kind, input, {
    ...DEFAULT_LIMITS,
    timeoutMs: 10_000,
    memoryBytes: 256 * 1024 * 1024,
  });
  if (answered.status !== 'ok' || answered.outcome.threw)
    throw new Error(`the reference failed on ${problem.id} "${test.name}": ${JSON.stringify(answered).slice(0, 300)}`);
  const baseline = {
    input,
    expected: answered.outcome.value,
    referenceMs: answered.ms,
    quarter: quarterBaseline(request, reference, input, answered.ms, session),
  };
  largeBaselines.set(key, baseline);
  return baseline;
}

/** Below this, the reference's time on a large input is too short for its growth to mean anything. */
const GROWTH_MIN_REFERENCE_MS = 20;
const MIN_SCALED_ITEMS = 16;

/**
 * The input at a quarter of its size, where one can be cut without changing what it means: the first quarter of a
 * class problem's operations, or of a function's first argument when it is a list. The reference must answer it.
 */
function quarterBaseline(
  request: LargeRequest,
  reference: string,
  input: string,
  referenceMs: number,
  session: SandboxSession,
): LargeBaseline['quarter'] {
  if (referenceMs < GROWTH_MIN_REFERENCE_MS) return null;
  const { problem } = request.problem;
  const parsed = JSON.parse(input) as unknown[];
  let smaller: unknown[] | null = null;
  if (problem.kind === 'class' && parsed.length > MIN_SCALED_ITEMS)
    smaller = parsed.slice(0, 1 + Math.floor((parsed.length - 1) / 4));
  const [first, ...rest] = parsed;
  if (problem.kind === 'function' && Array.isArray(first) && first.length > MIN_SCALED_ITEMS)
    smaller = [first.slice(0, Math.floor(first.length / 4)), ...rest];
  if (!smaller) return null;
  const quarterInput = JSON.stringify(smaller);
  const answered = session.call(reference, problem.entry, problem.kind, quarterInput, {
    ...DEFAULT_LIMITS,
    timeoutMs: 10_000,
  });
  if (answered.status !== 'ok' || answered.outcome.threw) return null;
  return { input: quarterInput, referenceMs: answered.ms };
}
