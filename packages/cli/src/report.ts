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

export type AnalysisReport = ReturnType<typeof analysisReport> & {
  /** Spoken answers: the recogniser's mean word confidence, and whether the transcript should be checked. */
  transcriptConfidence?: number;
  needsReview?: boolean;
};

export function printReadable(report: AnalysisReport) {
  const s = report.scores;
  console.log(`Question ${report.questionId}: ${report.verdict}`);
  if (report.delivery) {
    const d = report.delivery;
    console.log(`Transcript: ${report.transcript}`);
    console.log(
      `Delivery  ${d.durationSec.toFixed(0)} s, ${d.wordsPerMinute} words/min, ${d.fillerPer100Words} fillers per 100 words, ${d.longPauses} long pauses`,
    );
  }
  if (report.needsReview)
    console.log('⚠ The recogniser was unsure of this transcript: check it before trusting the scores.');
  console.log(
    `Scores  overall ${s.overall}  content ${s.content}  structure ${s.structure}  delivery ${s.delivery ?? '—'}`,
  );
  for (const point of report.keyPoints) {
    console.log(`  ${point.covered ? '✔' : '✘'} ${point.label}${point.evidence ? `\n      “${point.evidence}”` : ''}`);
  }
  if (report.strengths.length) console.log(`Strengths:\n  - ${report.strengths.join('\n  - ')}`);
  if (report.improvements.length) console.log(`To improve:\n  - ${report.improvements.join('\n  - ')}`);
}
