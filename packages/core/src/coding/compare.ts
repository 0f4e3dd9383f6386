// Whether a test passed, and if not, a message a candidate can act on: what was expected and what came back,
// shortened. Values are compared as JSON: numbers by value (with a tolerance for floating-point noise), arrays in
// order unless the test says the order does not matter, objects key by key.
import type { HarnessOutcome } from './harness.ts';

export interface TestVerdict {
  readonly passed: boolean;
  readonly message?: string;
}

const FLOAT_TOLERANCE = 1e-9;
const SHOWN_CHARACTERS = 160;

export function judgeOutcome(
  outcome: HarnessOutcome,
  expectation: { readonly expected?: unknown; readonly throws?: boolean; readonly unordered?: boolean },
  entry: string,
): TestVerdict {
  if (outcome.missing) return { passed: false, message: `No function or class named ${entry} was found.` };
  if (expectation.throws) {
    if (outcome.threw) return { passed: true };
    return { passed: false, message: `Expected an error for this input, got ${show(outcome.value)}.` };
  }
  if (outcome.threw && !Array.isArray(outcome.value))
    return { passed: false, message: `Threw ${shorten(outcome.threw)}; expected ${show(expectation.expected)}.` };
  if (sameValue(outcome.value, expectation.expected, expectation.unordered ?? false)) return { passed: true };
  const error = outcome.threw ? ` (first error: ${shorten(outcome.threw)})` : '';
  return { passed: false, message: `Expected ${show(expectation.expected)}, got ${show(outcome.value)}${error}.` };
}

export function sameValue(actual: unknown, expected: unknown, unordered: boolean): boolean {
  if (typeof expected === 'number' && typeof actual === 'number')
    return actual === expected || Math.abs(actual - expected) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(expected));
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    if (unordered) return sameMultiset(actual, expected);
    return expected.every((item, i) => sameValue(actual[i], item, false));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const expectedKeys = Object.keys(expected);
    if (expectedKeys.length !== Object.keys(actual).length) return false;
    return expectedKeys.every((key) =>
      sameValue((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], false),
    );
  }
  return actual === expected;
}

function sameMultiset(actual: readonly unknown[], expected: readonly unknown[]): boolean {
  const remaining = [...actual];
  return expected.every((item) => {
    const found = remaining.findIndex((candidate) => sameValue(candidate, item, false));
    if (found < 0) return false;
    remaining.splice(found, 1);
    return true;
  });
}

function show(value: unknown): string {
  return shorten(value === undefined ? 'nothing' : JSON.stringify(value));
}

function shorten(text: string): string {
  return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text;
}
