// Scores a checked solution 0–100 on correctness (tests passed), efficiency (time on large inputs against the
// reference solution in the same sandbox), quality (linter findings) and overall. Quality and efficiency count in
// proportion to correctness: tidy code that does the wrong thing, or an empty function, is not a good solution.

export interface QualityFinding {
  readonly rule: string;
  readonly line: number;
  readonly message: string;
}

export type EfficiencyVerdict = 'optimal' | 'acceptable' | 'slow' | 'too-slow' | 'unknown';

export interface Efficiency {
  readonly verdict: EfficiencyVerdict;
  readonly detail: string;
  readonly score: number;
}

export interface CodeScores {
  readonly correctness: number;
  readonly efficiency: number;
  readonly quality: number;
  readonly overall: number;
}

/** How much each kind of finding costs, per occurrence (at most three occurrences of a rule count). */
const FINDING_COST: Readonly<Record<string, number>> = {
  complexity: 12,
  'max-depth': 8,
  'max-lines-per-function': 10,
  'max-params': 5,
  'no-empty': 12,
  eqeqeq: 4,
  'no-var': 3,
  'prefer-const': 2,
  'no-unused-vars': 4,
  'no-shadow': 4,
  'no-param-reassign': 4,
  'no-nested-ternary': 4,
  'no-console': 3,
  'id-length': 3,
  'no-magic-numbers': 2,
  duplication: 8,
};
const DEFAULT_COST = 3;
const MAX_COUNTED_PER_RULE = 3;

/** Times below this many milliseconds are noise: the ratio is taken on times padded by it. */
const TIMING_FLOOR_MS = 5;
const FAST_ENOUGH_RATIO = 2.5;

/** What one finding of this rule costs: how much an interviewer would mind it. */
export function findingCost(rule: string): number {
  return FINDING_COST[rule] ?? DEFAULT_COST;
}

export function qualityScore(findings: readonly QualityFinding[]): number {
  const perRule = new Map<string, number>();
  for (const finding of findings) perRule.set(finding.rule, (perRule.get(finding.rule) ?? 0) + 1);
  let cost = 0;
  for (const [rule, count] of perRule) cost += findingCost(rule) * Math.min(MAX_COUNTED_PER_RULE, count);
  return clamp(100 - cost);
}

export interface LargeRun {
  readonly name: string;
  readonly candidateMs: number | null;
  readonly referenceMs: number;
  /** The candidate was stopped for taking too long. */
  readonly timedOut: boolean;
  /** Times on a quarter of the same input, to see how the time grows with the input (absent: not measured). */
  readonly growth?: { readonly candidateQuarterMs: number; readonly referenceQuarterMs: number } | undefined;
}

/** How much steeper than the reference's the time may grow (as a power of the size) before it is another complexity. */
const STEEPER_GROWTH = 0.7;
const WORSE_COMPLEXITY_CEILING = 55;
const SLOWER_TO_TRUST_GROWTH = 1.5;

/** Judges speed on the large inputs by the slowest ratio to the reference, measured in the same run. */
export function judgeEfficiency(runs: readonly LargeRun[], targetComplexity: string): Efficiency {
  if (!runs.length) return { verdict: 'unknown', detail: 'No large input was run.', score: 0 };
  const timedOut = runs.find((run) => run.timedOut);
  if (timedOut)
    return {
      verdict: 'too-slow',
      detail: `Stopped on "${timedOut.name}" for taking too long; the target is ${targetComplexity}.`,
      score: 0,
    };
  const ratios = runs.map((run) => ((run.candidateMs ?? 0) + TIMING_FLOOR_MS) / (run.referenceMs + TIMING_FLOOR_MS));
  const worst = Math.max(...ratios);
  const steeper = steepestGrowth(runs);
  let score = clamp(worst <= FAST_ENOUGH_RATIO ? 100 : 100 - 40 * Math.log10(worst / FAST_ENOUGH_RATIO));
  let verdict: EfficiencyVerdict = worst <= FAST_ENOUGH_RATIO ? 'optimal' : worst <= 10 ? 'acceptable' : 'slow';
  // Growth is read off short timings, so it only speaks when the times agree: a steeper curve that is also slower.
  if (steeper && steeper.candidate - steeper.reference >= STEEPER_GROWTH && worst >= SLOWER_TO_TRUST_GROWTH) {
    score = Math.min(score, WORSE_COMPLEXITY_CEILING);
    verdict = 'slow';
  }
  const times = runs.map(
    (run) => `${run.name}: ${round(run.candidateMs ?? 0)} ms (reference ${round(run.referenceMs)} ms)`,
  );
  const comparison =
    verdict === 'optimal'
      ? 'as fast as the reference'
      : `${round(worst)}× the reference's time, which suggests a worse complexity than ${targetComplexity}`;
  const growth = steeper
    ? ` From a quarter of the input to all of it, your time grew like n^${steeper.candidate.toFixed(1)}, the reference's like n^${steeper.reference.toFixed(1)}.`
    : '';
  return { verdict, detail: `On the large inputs, ${comparison}. ${times.join('; ')}.${growth}`, score };
}

/** The exponent of the time's growth from a quarter of the input to all of it, where it was measured. */
function steepestGrowth(runs: readonly LargeRun[]): { candidate: number; reference: number } | null {
  const exponent = (full: number, quarter: number) => Math.log((full + 1) / (quarter + 1)) / Math.log(4);
  const measured = runs.flatMap((run) =>
    run.growth && run.candidateMs !== null
      ? [
          {
            candidate: exponent(run.candidateMs, run.growth.candidateQuarterMs),
            reference: exponent(run.referenceMs, run.growth.referenceQuarterMs),
          },
        ]
      : [],
  );
  if (!measured.length) return null;
  return measured.reduce((a, b) => (b.candidate - b.reference > a.candidate - a.reference ? b : a));
}

export function overallScores(correctness: number, efficiency: number, quality: number): CodeScores {
  const weight = (correctness / 100) ** 2;
  return {
    correctness: clamp(correctness),
    efficiency: clamp(efficiency),
    quality: clamp(quality),
    overall: clamp(0.6 * correctness + weight * (0.25 * quality + 0.15 * efficiency)),
  };
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}

function round(value: number): number {
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}
