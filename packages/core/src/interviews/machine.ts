// The interviewer as an explicit state machine. The server persists the state after every transition, so a
// reload or a crash resumes exactly where the interview was. Pure: no clock, no I/O.
import { DomainError } from '../errors.ts';
import type { Round } from '../questions/question.schema.ts';
import type { InterviewPlan } from './plan.ts';

export type Phase = 'intro' | 'asking' | 'answering' | 'reviewing' | 'wrap-up' | 'completed';

export const MAX_FOLLOW_UPS = 2;

export interface Turn {
  /** Stable within the interview: the question's position and the follow-up number (0 for the question). */
  id: string;
  questionIndex: number;
  kind: 'question' | 'follow-up';
  /** The question's id in the bank; follow-ups refer to the question they probe. */
  questionId: string;
  /** For a follow-up: the key point it probes and the interviewer's words. */
  probe: { keyPointId: string; text: string } | null;
  tip: string | null;
}

export interface InterviewState {
  phase: Phase;
  questionIndex: number;
  turn: Turn | null;
  followUpsAsked: number;
  probedKeyPoints: string[];
  paused: boolean;
  /** Increases with every transition; clients send the version they saw, so a stale or repeated event is caught. */
  version: number;
}

export interface MissedKeyPoint {
  id: string;
  label: string;
  weight: number;
  probe: string;
}

export type InterviewEvent =
  | { type: 'start' }
  | { type: 'begin-answer' }
  | { type: 'submit-answer'; turnId: string }
  | { type: 'analysis-ready'; turnId: string; missed: readonly MissedKeyPoint[]; assessable: boolean }
  | { type: 'skip' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'finish' }
  | { type: 'complete' };

export const initialState = (): InterviewState => ({
  phase: 'intro',
  questionIndex: 0,
  turn: null,
  followUpsAsked: 0,
  probedKeyPoints: [],
  paused: false,
  version: 0,
});

const TIPS: Partial<Record<Round, string>> = {
  behavioral: 'Use STAR: the situation, your task, the actions you took yourself, and a measurable result.',
  background: 'Pick one concrete project and say what you owned, what was hard, and what you would repeat.',
  design: 'Start by asking who the consumers are and what they need; say your assumptions out loud.',
  concepts: 'Think out loud: define the idea, give a concrete example, then name a trade-off or a failure case.',
  'code-review': 'Say what you would change and why it matters: correctness first, then clarity and tests.',
  coding: 'Clarify the inputs and edge cases before writing code, and narrate your reasoning.',
};

const invalid = (state: InterviewState, event: InterviewEvent) =>
  new DomainError(
    'conflict',
    'interview-invalid-transition',
    `Cannot "${event.type}" while the interview is ${state.phase}${state.paused ? ' (paused)' : ''}.`,
  );

function questionTurn(plan: InterviewPlan, index: number): Turn {
  const planned = plan.questions[index]!;
  return {
    id: `${index}.0`,
    questionIndex: index,
    kind: 'question',
    questionId: planned.questionId,
    probe: null,
    tip: TIPS[planned.round] ?? null,
  };
}

function nextQuestion(plan: InterviewPlan, state: InterviewState): InterviewState {
  const index = state.turn ? state.questionIndex + 1 : 0;
  if (index >= plan.questions.length) return { ...state, phase: 'wrap-up', turn: null };
  return {
    ...state,
    phase: 'asking',
    questionIndex: index,
    turn: questionTurn(plan, index),
    followUpsAsked: 0,
    probedKeyPoints: [],
  };
}

/**
 * The rule for which point a follow-up asks about: the weightiest key point missed and not asked about yet. The
 * analysis uses it too, to word that one point with a language model before the interviewer asks it.
 */
export function nextProbe<Point extends { id: string; weight: number }>(
  missed: readonly Point[],
  probed: readonly string[],
): Point | undefined {
  return [...missed].filter((point) => !probed.includes(point.id)).sort((a, b) => b.weight - a.weight)[0];
}

function chooseFollowUp(state: InterviewState, missed: readonly MissedKeyPoint[]): MissedKeyPoint | undefined {
  if (state.followUpsAsked >= MAX_FOLLOW_UPS) return undefined;
  return nextProbe(missed, state.probedKeyPoints);
}

function afterAnalysis(
  plan: InterviewPlan,
  state: InterviewState,
  missed: readonly MissedKeyPoint[],
  assessable: boolean,
): InterviewState {
  const point = assessable ? chooseFollowUp(state, missed) : undefined;
  if (!point || !state.turn) return nextQuestion(plan, state);
  const followUps = state.followUpsAsked + 1;
  const turn: Turn = {
    ...state.turn,
    id: `${state.questionIndex}.${followUps}`,
    kind: 'follow-up',
    probe: { keyPointId: point.id, text: point.probe },
    tip: null,
  };
  return {
    ...state,
    phase: 'asking',
    turn,
    followUpsAsked: followUps,
    probedKeyPoints: [...state.probedKeyPoints, point.id],
  };
}

function apply(plan: InterviewPlan, state: InterviewState, event: InterviewEvent): InterviewState {
  if (state.phase === 'completed') throw invalid(state, event);
  if (event.type === 'pause') return state.paused ? state : { ...state, paused: true };
  if (event.type === 'resume') return state.paused ? { ...state, paused: false } : state;
  if (state.paused) throw invalid(state, event);
  switch (event.type) {
    case 'start':
      if (state.phase !== 'intro') throw invalid(state, event);
      return nextQuestion(plan, state);
    case 'begin-answer':
      if (state.phase !== 'asking') throw invalid(state, event);
      return { ...state, phase: 'answering' };
    case 'submit-answer':
      if ((state.phase !== 'answering' && state.phase !== 'asking') || state.turn?.id !== event.turnId)
        throw invalid(state, event);
      return { ...state, phase: 'reviewing' };
    case 'analysis-ready':
      // A late or repeated analysis (a retried job) for a turn already left behind changes nothing.
      if (state.phase !== 'reviewing' || state.turn?.id !== event.turnId) return state;
      return afterAnalysis(plan, state, event.missed, event.assessable);
    case 'skip':
      if (state.phase !== 'asking' && state.phase !== 'answering') throw invalid(state, event);
      return nextQuestion(plan, state);
    case 'finish':
      return { ...state, phase: 'wrap-up', turn: null };
    case 'complete':
      if (state.phase !== 'wrap-up') throw invalid(state, event);
      return { ...state, phase: 'completed' };
  }
}

/** Applies one event. Throws a DomainError (conflict) for an event that makes no sense in the current phase. */
export function transition(plan: InterviewPlan, state: InterviewState, event: InterviewEvent): InterviewState {
  const next = apply(plan, state, event);
  return next === state ? state : { ...next, version: state.version + 1 };
}
