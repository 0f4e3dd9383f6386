// An interview's state machine as it is kept: each event moves the stored state only from the version it was
// read at, so a stale or repeated request, or two at once, cannot move it twice. It also answers, from the stored
// state alone, what the answers module and live transcription ask of an interview; neither needs the service.
import {
  answerIdOf,
  DomainError,
  transition,
  type InterviewEvent,
  type InterviewState,
  type Question,
} from '@rehearse/core';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { InterviewOfAnswer } from '../answers/answer-ports.ts';
import type { QuestionService } from '../questions/questions.service.ts';
import type { InterviewEvents } from './interview-events.ts';
import type { Interview, InterviewRepository } from './interviews.repository.ts';

export interface InterviewStateDeps {
  repository: InterviewRepository;
  questions: Pick<QuestionService, 'get'>;
  events: InterviewEvents;
  now: () => string;
}

const moved = () =>
  new DomainError('conflict', 'interview-moved-on', 'The interview moved on concurrently; reload it.');

export function createInterviewState(deps: InterviewStateDeps) {
  const { repository, events } = deps;

  /** Moves the interview and stores it, refusing if it moved since the client looked (a stale or repeated request). */
  async function move(uow: UnitOfWork, interview: Interview, event: InterviewEvent, expectedVersion: number | null) {
    if (expectedVersion !== null && interview.version !== expectedVersion) {
      throw new DomainError(
        'conflict',
        'interview-moved-on',
        'The interview moved on since you last saw it; reload it.',
        {
          currentVersion: interview.version,
        },
      );
    }
    const state: InterviewState = transition(interview.plan, interview.state, event);
    if (state.version === interview.version) return { interview, changed: false };
    const change = {
      state,
      version: state.version,
      status: state.phase === 'completed' ? ('completed' as const) : ('active' as const),
      updatedAt: deps.now(),
    };
    if (!(await repository.saveState(uow, interview.id, interview.version, change))) throw moved();
    return { interview: { ...interview, ...change }, changed: true };
  }

  const answers: InterviewOfAnswer = {
    async followUpContext(answer) {
      const state = (await repository.findById(answer.interviewId))?.state;
      const current = state?.turn?.id === answer.turnId ? state.turn : null;
      return { probedKeyPointId: current?.probe?.keyPointId ?? null, probed: state?.probedKeyPoints ?? [] };
    },
    async analysisReady(uow, answer, outcome) {
      const interview = await repository.findById(answer.interviewId, uow);
      if (!interview) return; // deleted while its answer was analysed
      await move(uow, interview, { type: 'analysis-ready', turnId: answer.turnId, ...outcome }, null);
    },
    changed: (answer, reason) => events.publish({ interviewId: answer.interviewId, reason, turnId: answer.turnId }),
  };

  return {
    move,
    /** What the answers module asks of the interview an answer belongs to. */
    answers,

    /** The question a live upload answers: the interview's current turn, when the answer id names it. */
    async questionForAnswer(answerId: string, userId: string): Promise<Question | null> {
      const interviewId = answerId.split(':')[0] ?? '';
      const turn = (await repository.find(interviewId, userId))?.state.turn;
      if (!turn || answerIdOf(interviewId, turn.id) !== answerId) return null;
      return (await deps.questions.get(turn.questionId, { id: userId })).question;
    },

    /** The hands-on rounds an interview of this user plans, or null when there is no such interview of theirs. */
    async handsOnSlots(id: string, userId: string) {
      const interview = await repository.find(id, userId);
      return interview ? (interview.plan.handsOn ?? []) : null;
    },
  };
}

export type InterviewStateStore = ReturnType<typeof createInterviewState>;
