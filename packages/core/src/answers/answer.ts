// An answer to one turn of an interview, as the domain sees it: what was asked, how it was given (typed, or a
// recording of voice or video), where its analysis stands, and what the analysis found. Stored shapes (JSON text
// columns) stay in the repository; this is what services pass around.
import type { AnswerAnalysis, DeliveryInput } from '../analysis/types.ts';
import type { CameraPresenceSummary } from '../camera/presence.ts';
import type { DeliveryMetrics } from '../speech/delivery-metrics.ts';
import { scoreDelivery } from '../speech/delivery-score.ts';
import type { Transcript } from '../speech/transcript.ts';

export type AnswerMode = 'typed' | 'audio' | 'video';
export type AnswerKind = 'question' | 'follow-up';

/**
 * Where an answer's analysis stands: a spoken answer waits for its `recording`; then it is `queued` for
 * analysis, and ends `analysed`, or `failed` after its last retry (and may be retried by the candidate).
 */
export type AnswerStatus = 'recording' | 'queued' | 'analysed' | 'failed';

/** What was heard in a spoken answer: the transcript with word times, and the delivery measured on it. */
export interface HeardAnswer {
  readonly transcript: Transcript;
  /** Length of the recording heard, in seconds. */
  readonly audioSeconds: number;
  readonly delivery: DeliveryMetrics;
  /** The recogniser was unsure: the candidate should check the transcript before its scores are trusted. */
  readonly needsReview: boolean;
}

/** A spoken answer as kept with the answer: what was heard and the delivery score the analysis used. */
export interface SpokenAnswer {
  readonly text: string;
  readonly transcript: Transcript;
  readonly delivery: DeliveryMetrics;
  readonly deliveryScore: DeliveryInput;
  readonly needsReview: boolean;
}

/** One answer. `Feedback` is the analysis as stored (the analysis with what a follow-up and a language model add). */
export interface Answer<Feedback = AnswerAnalysis> {
  /** `<interview id>:<turn id>`: one answer per asked turn, so a repeated submission cannot create a second. */
  readonly id: string;
  readonly interviewId: string;
  readonly turnId: string;
  readonly userId: string;
  readonly questionId: string;
  readonly kind: AnswerKind;
  /** The words the candidate was asked (a follow-up's probe, or the question's prompt). */
  readonly prompt: string;
  readonly mode: AnswerMode;
  readonly status: AnswerStatus;
  /** Typed text, or a spoken answer's transcript once heard (or as the candidate corrected it). */
  readonly text: string | null;
  readonly recordingId: string | null;
  readonly analysis: Feedback | null;
  readonly spoken: SpokenAnswer | null;
  readonly camera: CameraPresenceSummary | null;
  readonly error: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The answer id of an interview's turn. */
export const answerIdOf = (interviewId: string, turnId: string) => `${interviewId}:${turnId}`;

/**
 * Delivery of a spoken answer, scored once: the measures of what was heard, with camera presence weighed in when
 * the answer was on video with camera data.
 */
export function scoreSpokenDelivery(delivery: DeliveryMetrics, camera: CameraPresenceSummary | null): DeliveryInput {
  const { score, explanation } = scoreDelivery(delivery, { camera });
  return { score, explanation };
}

/** What was heard (now, or when the answer was first analysed) as kept with the answer, its delivery scored. */
export function keepSpoken(
  heard: Pick<HeardAnswer, 'transcript' | 'delivery' | 'needsReview'>,
  camera: CameraPresenceSummary | null,
): SpokenAnswer {
  return {
    text: heard.transcript.text,
    transcript: heard.transcript,
    delivery: heard.delivery,
    deliveryScore: scoreSpokenDelivery(heard.delivery, camera),
    needsReview: heard.needsReview,
  };
}
