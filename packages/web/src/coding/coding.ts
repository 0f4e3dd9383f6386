// The coding round's words and browser-kept state: pure helpers, shared by its pages and tested on their own.
import type { operations } from '../api/schema.d.ts';
import type { Schemas } from '../api.ts';

/** A coding problem as the candidate sees it (no hidden tests, no reference solution). */
export type CodingProblem = operations['getProblem']['responses'][200]['content']['application/json'];
export type CodeAttempt = Schemas['CodeAttempt'];
export type CodeCheckReport = Schemas['CodeCheckReport'];
export type TestResult = CodeCheckReport['results'][number];
export type CodeLanguage = CodeAttempt['language'];
export type StopReason = NonNullable<CodeCheckReport['stopped']>['reason'];
export type Debrief = NonNullable<CodeAttempt['debrief']>;
export type FollowUpAnswer = Schemas['CodingFollowUpAnswer'];

export const LANGUAGES: readonly { value: CodeLanguage; label: string }[] = [
  { value: 'typescript', label: 'TypeScript' },
  { value: 'javascript', label: 'JavaScript' },
];

export const languageLabel = (language: CodeLanguage) => LANGUAGES.find((l) => l.value === language)?.label ?? language;

/** How often an attempt still in the queue is asked for again. */
export const POLL_MS = 400;

/** The API takes at most this many inputs of the candidate's own per run. */
export const MAX_CUSTOM_INPUTS = 5;

/** Why the sandbox stopped the code, in words. */
export const STOP_REASONS: Record<StopReason, string> = {
  timeout: 'It ran out of time: an endless loop, or far too slow for the input.',
  memory: 'It used too much memory.',
  output: 'It printed too much output.',
  forbidden: 'It used something the sandbox does not allow (files, network, processes or modules).',
};

export const EFFICIENCY_VERDICTS: Record<CodeCheckReport['efficiency']['verdict'], string> = {
  optimal: 'Optimal',
  acceptable: 'Acceptable',
  slow: 'Slow',
  'too-slow': 'Too slow',
  unknown: 'Not measured',
};

// ---- What the browser keeps: drafts, the chosen language, practice answers ----

const prefix = (problemId: string) => `rehearse.code.${problemId}`;
export const draftKey = (problemId: string, language: CodeLanguage) => `${prefix(problemId)}.draft.${language}`;
export const languageKey = (problemId: string) => `${prefix(problemId)}.language`;
export const answersKey = (problemId: string) => `${prefix(problemId)}.practice-answers`;

/** localStorage, or nothing where it is not available (private modes, a full quota): drafts are a convenience. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Nothing kept: the code stays in the editor.
  }
}

export function storedLanguage(problemId: string): CodeLanguage {
  return readStored(languageKey(problemId)) === 'javascript' ? 'javascript' : 'typescript';
}

/** The saved draft in this language, or else the starter. */
export function initialCode(problem: Pick<CodingProblem, 'id' | 'starter'>, language: CodeLanguage): string {
  return readStored(draftKey(problem.id, language)) ?? problem.starter[language];
}

export function readAnswers(problemId: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(readStored(answersKey(problemId)) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const answers: Record<string, string> = {};
    for (const [question, answer] of Object.entries(parsed)) if (typeof answer === 'string') answers[question] = answer;
    return answers;
  } catch {
    return {};
  }
}

// ---- The candidate's own inputs ----

/** How to write an input for this problem: the arguments of a call, or a sequence of operations on the class. */
export function customInputHelp(problem: Pick<CodingProblem, 'kind' | 'entry' | 'visibleTests'>): {
  text: string;
  example: string;
} {
  const first = problem.visibleTests[0]?.input;
  if (problem.kind === 'class')
    return {
      text:
        `One input per line, each a JSON array of operations on ${problem.entry}: first ["new", …constructor ` +
        `arguments], then [method, …arguments] for each call, in order.`,
      example: first === undefined ? '[["new"]]' : JSON.stringify(first),
    };
  return {
    text: `One input per line, each the JSON array of the arguments of one call to ${problem.entry}.`,
    example: first === undefined ? '[]' : JSON.stringify(first),
  };
}

/** The lines of the custom-input box as the API takes them, or the first problem in words. */
export function parseCustomInputs(text: string): { inputs: string[] } | { error: string } {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length > MAX_CUSTOM_INPUTS) return { error: `At most ${MAX_CUSTOM_INPUTS} inputs at a time.` };
  for (const [index, line] of lines.entries()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { error: `Line ${index + 1} is not valid JSON.` };
    }
    if (!Array.isArray(parsed)) return { error: `Line ${index + 1} is not a JSON array (use [ … ]).` };
  }
  return { inputs: lines };
}

// ---- Showing values and times ----

/** A JSON value (as the API returns it) on one line, shortened past `max` characters. An operation of a class
 * problem that threw is "$throws" in the results: shown as `throws`. */
export function showValue(value: unknown, max = 200): string {
  const text = (JSON.stringify(value) ?? 'nothing').replaceAll('"$throws"', 'throws');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Elapsed time as m:ss, or h:mm:ss past an hour. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Elapsed time in words for screen readers: "12 minutes 5 seconds". */
export function clockInWords(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const parts: string[] = [];
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (minutes) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds || parts.length === 0) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}

export const formatMs = (ms: number | undefined) =>
  ms === undefined ? '' : ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
