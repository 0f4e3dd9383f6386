import { cameraPresenceFeedback, type CameraPresenceSummary } from '@rehearse/core';
import type { AnswerFeedback } from '../analyses/analysis.schemas.ts';
import type { StoredAnswer } from './answers.repository.ts';

/** A video answer's camera summary, with the feedback the core gives on it today. */
function presentCamera(summary: CameraPresenceSummary) {
  return { ...summary, ...cameraPresenceFeedback(summary) };
}

/**
 * One answer as the API shows it: no owner or internal ids, and its recording only while it is stored (its
 * owner may delete it and keep the feedback).
 */
export function presentAnswer(answer: StoredAnswer, storedRecordings: ReadonlySet<string>) {
  return {
    turnId: answer.turnId,
    questionId: answer.questionId,
    kind: answer.kind,
    prompt: answer.prompt,
    mode: answer.mode,
    status: answer.status,
    answerText: answer.text,
    recordingId: answer.recordingId && storedRecordings.has(answer.recordingId) ? answer.recordingId : null,
    /** The analysis with what a follow-up and the language model added (the analysis task stores it so). */
    analysis: answer.analysis as AnswerFeedback | null,
    /** Transcript and delivery measures. */
    spoken: answer.spoken,
    camera: answer.camera ? presentCamera(answer.camera) : null,
    error: answer.error,
  };
}
