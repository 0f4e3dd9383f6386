import { randomInt, randomUUID } from 'node:crypto';
import {
  answerIdOf,
  DomainError,
  initialState,
  notFound,
  planHandsOn,
  planGiven,
  planInterview,
  talkMinutes,
  summarizeCameraPresence,
  type AnswerMode,
  type CameraSample,
  type InterviewEvent,
  type InterviewPlan,
  type InterviewSettings,
} from '@rehearse/core';
import type { RunInUnitOfWork } from '../../db/unit-of-work.ts';
import type { AnswerService } from '../answers/answers.service.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { InterviewEvents } from './interview-events.ts';
import type { InterviewStateStore } from './interview-state.ts';
import { createInterviewSummaries } from './interview-summary.ts';
import { createInterviewViews, type HandsOnPort } from './interview-view.ts';
import type { Interview, InterviewRepository } from './interviews.repository.ts';

export type { HandsOnPort, HandsOnResult } from './interview-view.ts';

export interface InterviewServiceDeps {
  repository: InterviewRepository;
  runInUnitOfWork: RunInUnitOfWork;
  /** The state machine as stored (moves refused from a stale version). */
  state: InterviewStateStore;
  /** The answers given to the interview's turns: recorded here, analysed there. */
  answers: AnswerService;
  questions: QuestionService;
  events: InterviewEvents;
  /** Deletes the recordings of an interview's answers, files included. */
  removeRecordings(interviewId: string, userId: string): Promise<void>;
  /** The coding problems and review exercises a full loop can hold, and how the candidate did on them. */
  handsOn?: HandsOnPort | undefined;
  now?: () => Date;
}

export type ClientEvent = Extract<
  InterviewEvent['type'],
  'start' | 'begin-answer' | 'skip' | 'pause' | 'resume' | 'finish' | 'complete'
>;
export type { AnswerMode };

const RECENT_DAYS = 14;

export function createInterviewService(deps: InterviewServiceDeps) {
  const { repository, questions, events, answers } = deps;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const summaries = createInterviewSummaries({ repository, answers, questions });
  const views = createInterviewViews({ questions, answers, handsOn: deps.handsOn, now });

  async function load(id: string, viewer: Viewer) {
    const interview = await repository.find(id, viewer.id);
    if (!interview) throw notFound('interview', id);
    return interview;
  }

  async function open(viewer: Viewer, settings: InterviewSettings, plan: InterviewPlan, retakeOf: string | null) {
    const at = now();
    const state = initialState();
    const interview: Interview = {
      id: randomUUID(),
      userId: viewer.id,
      settings,
      plan,
      state,
      version: state.version,
      status: 'active',
      retakeOf,
      createdAt: at,
      updatedAt: at,
    };
    await repository.insert(interview);
    return views.present(interview);
  }

  return {
    async create(viewer: Viewer, settings: InterviewSettings) {
      const bank = (await questions.list({}, viewer)).map((visible) => visible.question);
      const since = new Date(Date.parse(now()) - RECENT_DAYS * 86_400_000).toISOString();
      const seed = randomInt(1, 2 ** 31);
      // A long full loop ends with a coding problem and a review, which take their minutes from the conversation.
      const handsOn = deps.handsOn ? planHandsOn(settings, deps.handsOn.catalog(), seed) : [];
      const talk = planInterview(
        bank,
        { ...settings, minutes: talkMinutes(settings, handsOn) },
        { recentlyAnswered: await answers.answeredSince(viewer.id, since), seed },
      );
      const plan: InterviewPlan = handsOn.length ? { ...talk, handsOn } : talk;
      if (plan.questions.length === 0) {
        throw new DomainError(
          'invalid',
          'no-questions-match',
          'No questions match this round, level and these categories; widen the choice.',
        );
      }
      return open(viewer, settings, plan, null);
    },

    /**
     * An interview on these questions, in this order (a kit's practice link), scored like any other against each
     * question's key points. Every question must be visible to the viewer.
     */
    async createFromQuestions(
      viewer: Viewer,
      questionIds: readonly string[],
      settings: Omit<InterviewSettings, 'minutes'>,
    ) {
      const chosen = await Promise.all(questionIds.map(async (id) => (await questions.get(id, viewer)).question));
      if (chosen.length === 0)
        throw new DomainError('invalid', 'no-questions-match', 'There are no bank questions to practise here.');
      const plan = planGiven(chosen);
      return open(viewer, { ...settings, minutes: Math.ceil(plan.estimatedSeconds / 60) }, plan, null);
    },

    /** The same questions again, in a new interview that remembers which one it retakes. */
    async retake(id: string, viewer: Viewer) {
      const source = await load(id, viewer);
      return open(viewer, source.settings, source.plan, source.id);
    },

    get: async (id: string, viewer: Viewer) => views.present(await load(id, viewer)),

    /** The hands-on rounds an interview of this user plans, or null when there is no such interview of theirs. */
    handsOnSlots: (id: string, userId: string) => deps.state.handsOnSlots(id, userId),

    async list(viewer: Viewer, limit: number) {
      return (await repository.listByUser(viewer.id, limit)).map((interview) => ({
        id: interview.id,
        status: interview.status,
        createdAt: interview.createdAt,
        retakeOf: interview.retakeOf,
        settings: interview.settings,
        questionCount: interview.plan.questions.length,
      }));
    },

    async act(id: string, viewer: Viewer, event: ClientEvent, expectedVersion: number) {
      await load(id, viewer);
      const result = await deps.runInUnitOfWork(async (uow) =>
        deps.state.move(uow, (await repository.findById(id, uow))!, { type: event }, expectedVersion),
      );
      if (result.changed) events.publish({ interviewId: id, reason: 'state' });
      return views.present(result.interview);
    },

    /** Records the answer to the current turn; the answers module takes it from there. */
    async submitAnswer(
      id: string,
      viewer: Viewer,
      input: {
        turnId: string;
        mode: AnswerMode;
        text?: string | undefined;
        expectedVersion: number;
        camera?: { samples: CameraSample[] } | undefined;
      },
    ) {
      const before = await load(id, viewer);
      if (input.mode === 'typed' && input.text === undefined)
        throw new DomainError('invalid', 'answer-text-required', 'A typed answer needs its text.');
      // The server's own summary of the frames (never one the client computed); only a video answer has a camera.
      const camera = input.mode === 'video' && input.camera ? summarizeCameraPresence(input.camera.samples) : null;
      // Read outside the unit of work: SQLite has one connection, and a query beside an open transaction would wait.
      const current = before.state.turn;
      const questionPrompt = current ? (await questions.get(current.questionId, viewer)).question.prompt : '';
      const result = await deps.runInUnitOfWork(async (uow) => {
        const interview = (await repository.findById(id, uow))!;
        const moved = await deps.state.move(
          uow,
          interview,
          { type: 'submit-answer', turnId: input.turnId },
          input.expectedVersion,
        );
        const turn = interview.state.turn!;
        await answers.record(uow, {
          interviewId: id,
          turnId: turn.id,
          userId: viewer.id,
          questionId: turn.questionId,
          kind: turn.kind,
          prompt: turn.probe?.text ?? (turn.questionId === current?.questionId ? questionPrompt : turn.questionId),
          mode: input.mode,
          text: input.mode === 'typed' ? (input.text ?? '') : null,
          camera,
        });
        return moved;
      });
      events.publish({ interviewId: id, reason: 'state' });
      // The recording may have finished first: now that the answer exists, it is attached and analysed.
      if (input.mode !== 'typed') await answers.settleRecording(answerIdOf(id, input.turnId), viewer.id);
      return views.present(result.interview);
    },

    /** Analyses again an answer whose analysis failed; the interview stays where it is. */
    async retryAnalysis(id: string, viewer: Viewer, turnId: string) {
      await load(id, viewer);
      await answers.retry(answerIdOf(id, turnId), turnId);
      return views.present(await load(id, viewer));
    },

    /** The candidate corrects a transcript: the content analysis runs again on their words. */
    async correctTranscript(id: string, viewer: Viewer, turnId: string, text: string) {
      await load(id, viewer);
      await answers.correctTranscript(answerIdOf(id, turnId), turnId, text);
      return views.present(await load(id, viewer));
    },

    /** The session summary; for a retake, with the scores of the attempt it retakes beside it. */
    summary: async (id: string, viewer: Viewer) => summaries.of(await load(id, viewer), viewer),

    /** Recordings go first: a failure half-way leaves an interview to delete again, never an orphaned recording. */
    async remove(id: string, viewer: Viewer) {
      await load(id, viewer);
      await deps.removeRecordings(id, viewer.id);
      const removed = await deps.runInUnitOfWork(async (uow) => {
        await answers.removeOfInterview(uow, id, viewer.id);
        return repository.remove(uow, id, viewer.id);
      });
      if (!removed) throw notFound('interview', id);
    },
  };
}

export type InterviewService = ReturnType<typeof createInterviewService>;
