import type { AnswerAnalysis } from '@rehearse/core';

export interface DeliveryReport {
  durationSec: number;
  wordsPerMinute: number;
  fillerPer100Words: number;
  longPauses: number;
}

/** The public JSON contract of `rehearse analyze` (PRODUCT.md §3), plus the explanation fields. */
export function analysisReport(analysis: AnswerAnalysis, transcript: string, delivery: DeliveryReport | null) {
  return {
    questionId: analysis.questionId,
    transcript,
    verdict: analysis.verdict,
    scores: analysis.scores,
    explanations: analysis.explanations,
    keyPoints: analysis.keyPoints.map(({ id, label, covered, evidence, probe }) => ({
      id,
      label,
      covered,
      evidence,
      probe,
    })),
    misconceptions: analysis.misconceptions,
    depth: analysis.depth,
    structure: analysis.structure,
    relevance: analysis.relevance,
    delivery,
    strengths: analysis.strengths,
    improvements: analysis.improvements,
  };
}

export type AnalysisReport = ReturnType<typeof analysisReport>;

export function printReadable(report: AnalysisReport) {
  const s = report.scores;
  console.log(`Question ${report.questionId}: ${report.verdict}`);
  console.log(
    `Scores  overall ${s.overall}  content ${s.content}  structure ${s.structure}  delivery ${s.delivery ?? '—'}`,
  );
  for (const point of report.keyPoints) {
    console.log(`  ${point.covered ? '✔' : '✘'} ${point.label}${point.evidence ? `\n      “${point.evidence}”` : ''}`);
  }
  if (report.strengths.length) console.log(`Strengths:\n  - ${report.strengths.join('\n  - ')}`);
  if (report.improvements.length) console.log(`To improve:\n  - ${report.improvements.join('\n  - ')}`);
}
