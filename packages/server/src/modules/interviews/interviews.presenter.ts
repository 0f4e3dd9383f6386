import { cameraPresenceFeedback, type CameraPresenceSummary } from '@rehearse/core';
import type { AnswerFeedback } from '../analyses/analysis.schemas.ts';
import type { TurnRow } from './interviews.repository.ts';
import type { SpokenResult } from './spoken.schemas.ts';

/** A video answer's stored camera summary, with the feedback the core gives on it today. */
function presentCamera(camera: string) {
  const summary = JSON.parse(camera) as CameraPresenceSummary;
  return { ...summary, ...cameraPresenceFeedback(summary) };
}

/**
 * One answer as the API shows it: the row's JSON columns parsed, no owner or internal ids, and its recording
 * only while it is stored (its owner may delete it and keep the feedback).
 */
export function presentTurn(row: TurnRow, storedRecordings: ReadonlySet<string>) {
  return {
    turnId: row.turn_id,
    questionId: row.question_id,
    kind: row.kind,
    prompt: row.prompt,
    mode: row.mode,
    status: row.status,
    answerText: row.answer_text,
    recordingId: row.recording_id && storedRecordings.has(row.recording_id) ? row.recording_id : null,
    /** The analysis with what a follow-up and the language model added (the analysis task stores it so). */
    analysis: row.analysis ? (JSON.parse(row.analysis) as AnswerFeedback) : null,
    /** Transcript and delivery measures. */
    spoken: row.spoken ? (JSON.parse(row.spoken) as SpokenResult) : null,
    camera: row.camera ? presentCamera(row.camera) : null,
    error: row.error,
  };
}
