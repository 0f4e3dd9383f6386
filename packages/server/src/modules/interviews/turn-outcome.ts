// What the interviewer takes from an analysed turn: the key points it may follow up on, and the delivery score.
import {
  scoreDelivery,
  stillMissing,
  type AnswerAnalysis,
  type CameraPresenceSummary,
  type DeliveryInput,
  type DeliveryMetrics,
  type MissedKeyPoint,
} from '@rehearse/core';

/**
 * The missed key points the interviewer may follow up on. With an LLM, the point it would probe first (the
 * weightiest not yet probed) is asked in the model's words instead of the bank's probe.
 */
export function withGeneratedFollowUp(
  analysis: AnswerAnalysis,
  probed: readonly string[],
  generated: string | undefined,
  coveredBefore: readonly string[] = [],
): MissedKeyPoint[] {
  // What the question's earlier turns made is not missing, whatever this turn says.
  const missed = stillMissing(analysis, coveredBefore).map(({ id, label, weight, probe }) => ({
    id,
    label,
    weight,
    probe,
  }));
  const first = missed.filter((point) => !probed.includes(point.id)).sort((a, b) => b.weight - a.weight)[0];
  return missed.map((point) => (generated && point === first ? { ...point, probe: generated } : point));
}

/** Delivery as the spoken measures scored it, with camera presence weighed in when the answer has camera data. */
export function spokenDelivery(
  spoken: { delivery: DeliveryMetrics; deliveryScore: DeliveryInput },
  camera: string | null,
): DeliveryInput {
  if (!camera) return spoken.deliveryScore;
  const { score, explanation } = scoreDelivery(spoken.delivery, {
    camera: JSON.parse(camera) as CameraPresenceSummary,
  });
  return { score, explanation };
}
