import type { CameraPresenceFeedback, CameraPresenceSummary, CameraSample } from '@rehearse/core/camera';
import type { AnalysisResult } from './components/Feedback.tsx';

export type Phase = 'intro' | 'asking' | 'answering' | 'reviewing' | 'wrap-up' | 'completed';
export type AnswerMode = 'typed' | 'audio' | 'video';

/** What the answer panel submits; `camera` only for a video answer the face check could analyse. */
export interface AnswerSubmission {
  mode: AnswerMode;
  text?: string;
  camera?: { samples: CameraSample[] };
}

/** A video answer's camera presence as the server summarised it, with its feedback. */
export type CameraPresenceView = CameraPresenceSummary & CameraPresenceFeedback;

export interface InterviewTurnView {
  turnId: string;
  questionId: string;
  kind: 'question' | 'follow-up';
  prompt: string;
  mode: AnswerMode;
  status: 'recording' | 'queued' | 'analysed' | 'failed';
  answerText: string | null;
  recordingId: string | null;
  analysis: (AnalysisResult & { verdict: string; explanations?: Record<string, string | null> }) | null;
  spoken: {
    needsReview: boolean;
    /** What the recogniser heard, word by word with times in seconds from the start of the recording. */
    transcript?: { text: string; words: { word: string; start: number; end: number }[] };
    delivery: { wordsPerMinute?: number; fillerPer100Words?: number; longPauses?: number; durationSec?: number };
  } | null;
  camera: CameraPresenceView | null;
  error: string | null;
}

export interface InterviewView {
  id: string;
  status: 'active' | 'completed';
  createdAt: string;
  retakeOf: string | null;
  settings: { round: string; level: string; categories: string[]; minutes: number };
  plan: { questionId: string; category: string; round: string; targetSeconds: number; prompt: string }[];
  /** How long the interview has been in its phase, when the server answered. */
  secondsInPhase: number;
  state: { phase: Phase; questionIndex: number; paused: boolean; version: number; followUpsAsked: number };
  current: {
    turnId: string;
    kind: 'question' | 'follow-up';
    questionId: string;
    prompt: string;
    tip: string | null;
    category: string;
    targetSeconds: number;
  } | null;
  turns: InterviewTurnView[];
}

export interface DimensionScores {
  content: number | null;
  structure: number | null;
  delivery: number | null;
}

export interface InterviewSummaryView {
  overall: number | null;
  byDimension: DimensionScores;
  questions: {
    questionId: string;
    prompt: string;
    category: string;
    overall: number | null;
    coveredKeyPoints: string[];
    missedKeyPoints: { id: string; label: string; probe: string }[];
    recoveredInFollowUp: string[];
  }[];
  weakestCategory: string | null;
  strongestCategory: string | null;
  nextSteps: string[];
  /** For a retake: how the attempt it retakes scored. */
  previousAttempt: {
    interviewId: string;
    createdAt: string;
    overall: number | null;
    byDimension: DimensionScores;
  } | null;
}

export const answerIdOf = (interviewId: string, turnId: string) => `${interviewId}:${turnId}`;
