import type { CameraSample } from '@rehearse/core/camera';
import type { Schemas } from './api.ts';

export type InterviewView = Schemas['Interview'];
export type InterviewTurnView = Schemas['InterviewTurn'];
export type InterviewSummaryView = Schemas['InterviewSummary'];
export type DimensionScores = Schemas['DimensionScores'];
/** A video answer's camera presence as the server summarised it, with its feedback. */
export type CameraPresenceView = Schemas['CameraPresence'];

export type Phase = InterviewView['state']['phase'];
export type AnswerMode = InterviewTurnView['mode'];

/** What the answer panel submits; `camera` only for a video answer the face check could analyse. */
export interface AnswerSubmission {
  mode: AnswerMode;
  text?: string;
  camera?: { samples: CameraSample[] };
}

/** Where the browser keeps how the candidate answers (typing, voice, camera) from one interview to the next. */
export const ANSWER_MODE_KEY = 'rehearse.answerMode';

export const answerIdOf = (interviewId: string, turnId: string) => `${interviewId}:${turnId}`;
