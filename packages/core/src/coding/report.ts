// What a check of a solution reports: the public contract of `rehearse code check --json` and of the API, plus
// per-test results and explanations for the app. Explanations are derived here, from the results alone.
import type { CodeLanguage } from './problem.schema.ts';
import { findingCost, type CodeScores, type EfficiencyVerdict, type QualityFinding } from './scoring.ts';

export type TestGroup = 'visible' | 'hidden' | 'large' | 'custom';
export type RunStop = 'timeout' | 'memory' | 'output' | 'forbidden';

export interface TestResult {
  readonly name: string;
  readonly group: TestGroup;
  readonly passed: boolean;
  readonly message?: string;
  readonly ms?: number;
  /** For custom input: what the reference solution returns, and what the candidate's did. */
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly stopped?: RunStop;
}

export interface CodeCheckReport {
  readonly problemId: string;
  readonly language: CodeLanguage;
  readonly tests: {
    readonly visible: { readonly passed: number; readonly total: number };
    readonly hidden: { readonly passed: number; readonly total: number };
  };
  readonly results: readonly TestResult[];
  readonly failures: ReadonlyArray<{ readonly test: string; readonly message: string }>;
  readonly efficiency: { readonly verdict: EfficiencyVerdict; readonly detail: string };
  readonly quality: { readonly findings: readonly QualityFinding[] };
  readonly scores: CodeScores;
  /** Set when the code was stopped: the first reason, in words. */
  readonly stopped: { readonly reason: RunStop; readonly detail: string } | null;
  /** A syntax error stops everything before any test runs. */
  readonly compileError: { readonly message: string; readonly line: number | null } | null;
  /** What the solution printed while the visible tests ran (capped). */
  readonly output: string;
  readonly strengths: readonly string[];
  readonly improvements: readonly string[];
}

export function explainCheck(report: Omit<CodeCheckReport, 'strengths' | 'improvements'>): {
  strengths: string[];
  improvements: string[];
} {
  const strengths: string[] = [];
  const improvements: string[] = [];
  const { visible, hidden } = report.tests;
  if (report.compileError) {
    improvements.push(
      `Fix the syntax error${report.compileError.line ? ` on line ${report.compileError.line}` : ''} first.`,
    );
    return { strengths, improvements };
  }
  if (report.stopped) improvements.push(report.stopped.detail);
  const failedHidden = report.results.filter((r) => !r.passed && r.group === 'hidden');
  if (visible.total && visible.passed === visible.total && hidden.passed === hidden.total)
    strengths.push('Every test passes, including the hidden edge cases.');
  else if (visible.passed === visible.total && failedHidden.length)
    improvements.push(
      `The visible tests pass but ${failedHidden.length} hidden case${failedHidden.length > 1 ? 's fail' : ' fails'}: ${failedHidden
        .slice(0, 3)
        .map((r) => `"${r.name}"`)
        .join(', ')}. Think about empty input, duplicates, bounds and bad input.`,
    );
  else if (visible.passed < visible.total) improvements.push('Start with the visible tests: some of them fail.');
  if (report.efficiency.verdict === 'optimal') strengths.push('As fast as the reference on the large inputs.');
  else if (report.efficiency.verdict !== 'unknown') improvements.push(report.efficiency.detail);
  const findings = report.quality.findings;
  if (!findings.length && report.scores.correctness >= 50)
    strengths.push('Clean code: nothing for the linter or the duplication check to point at.');
  for (const finding of topFindings(findings)) improvements.push(`Line ${finding.line}: ${finding.message}`);
  return { strengths, improvements: improvements.slice(0, 6) };
}

/** One finding per rule, the costliest kinds first, as an interviewer would raise them. */
function topFindings(findings: readonly QualityFinding[]): QualityFinding[] {
  const seen = new Set<string>();
  return [...findings]
    .sort((a, b) => findingCost(b.rule) - findingCost(a.rule) || a.line - b.line)
    .filter((f) => !seen.has(f.rule) && seen.add(f.rule))
    .slice(0, 3);
}
