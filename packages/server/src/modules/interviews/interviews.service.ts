import { randomInt, randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import {
  DomainError,
  initialState,
  notFound,
  planHandsOn,
  planGiven,
  planInterview,
  talkMinutes,
  type HandsOnCatalog,
  type HandsOnKind,
  scoreFollowUp,
  summarizeCameraPresence,
  transition,
  type AnswerAnalysis,
  type CameraSample,
  type DeliveryInput,
  type InterviewEvent,
  type InterviewPlan,
  type InterviewSettings,
  type InterviewState,
  type Question,
} from '@rehearse/core';
import type { Database } from '../../db/schema.ts';
import type { NarrativeFeedback } from '../llm/llm-feedback.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { InterviewEvents } from './interview-events.ts';
import { createInterviewSummaries } from './interview-summary.ts';
import { presentTurn } from './interviews.presenter.ts';
import { spokenDelivery, withGeneratedFollowUp } from './turn-outcome.ts';
import type { InterviewRepository, InterviewRow, TurnRow } from './interviews.repository.ts';
import type { SpokenResult } from './spoken.schemas.ts';

/** What a spoken answer yields before content analysis (its schema is the API's). */
export type { SpokenResult };

export interface InterviewServiceDeps {
  repository: InterviewRepository;
  questions: QuestionService;
  events: InterviewEvents;
  /** Enqueues the analysis of a turn, inside the transaction that recorded it (so neither exists without the other). */
  scheduleAnalysis(turnRowId: string, trx: Transaction<Database>, attempt?: string): Promise<void>;
  /** Content analysis off the request path (a worker thread in the embedded setup). */
  analyze(question: Question, text: string, delivery: DeliveryInput | undefined): Promise<AnswerAnalysis>;
  /** Transcription of a finished recording; null when no speech-to-text is available. */
  transcribe: ((recordingId: string, question: Question, answerId: string) => Promise<SpokenResult>) | null;
  /** The ids among these whose recordings still exist (the owner may delete a recording and keep its feedback). */
  storedRecordings(ids: readonly string[], userId: string): Promise<Set<string>>;
  /** Deletes the recordings of an interview's answers, files included. */
  removeRecordings(interviewId: string, userId: string): Promise<void>;
  /** The id of a recording already uploaded for a turn, if the upload finished first. */
  recordingForTurn(turnRowId: string, userId: string): Promise<string | null>;
  /** Narrative feedback and generated follow-ups from an LLM, when one is configured; null when it fails. */
  narrate?:
    ((question: Question, answer: string, analysis: AnswerAnalysis) => Promise<NarrativeFeedback | null>) | undefined;
  /** The coding problems and review exercises a full loop can hold, and how the candidate did on them. */
  handsOn?: HandsOnPort | undefined;
  /**
   * Told of each answer to a planned question once analysed (study mode grades the question's card from it); a
   * spoken answer the recogniser was unsure of is told once the candidate has corrected its transcript.
   */
  onAnswerAnalysed?: ((answer: AnalysedTurn) => Promise<void>) | undefined;
  now?: () => Date;
}

export interface AnalysedTurn {
  /** `turn:<interview id>:<turn id>`: the same answer analysed again has the same id. */
  readonly answerId: string;
  readonly userId: string;
  readonly questionId: string;
  readonly analysis: AnswerAnalysis;
}

/** What the interviews module needs of the coding and review rounds, without knowing them. */
export interface HandsOnPort {
  catalog(): HandsOnCatalog;
  /** The best submitted result for each hands-on slot of the interview, by kind and id. */
  results(interviewId: string, userId: string): Promise<HandsOnResult[]>;
}

export interface HandsOnResult {
  readonly kind: HandsOnKind;
  readonly id: string;
  /** The attempt or review submission that scored best. */
  readonly resultId: string;
  readonly overall: number;
}

export type ClientEvent = Extract<
  InterviewEvent['type'],
  'start' | 'begin-answer' | 'skip' | 'pause' | 'resume' | 'finish' | 'complete'
>;
export type AnswerMode = TurnRow['mode'];

const RECENT_DAYS = 14;
const turnRowId = (interviewId: string, turnId: string) => `${interviewId}:${turnId}`;

export function createInterviewService(deps: InterviewServiceDeps) {
  const { repository, questions, events } = deps;
  const summaries = createInterviewSummaries({ repository, questions });
  const now = () => (deps.now ?? (() => new Date()))().toISOString();

  async function load(id: string, viewer: Viewer) {
    const row = await repository.find(id, viewer.id);
    if (!row) throw notFound('interview', id);
    return row;
  }

  async function present(row: InterviewRow) {
    const plan = JSON.parse(row.plan) as InterviewPlan;
    const state = JSON.parse(row.state) as InterviewState;
    const prompts = new Map<string, string>();
    for (const planned of plan.questions)
      prompts.set(planned.questionId, (await questions.get(planned.questionId, { id: row.user_id })).question.prompt);
    const turn = state.turn;
    const planned = turn ? plan.questions[turn.questionIndex] : undefined;
    return {
      id: row.id,
      status: row.status,
      createdAt: row.created_at,
      retakeOf: row.retake_of,
      settings: JSON.parse(row.settings) as InterviewSettings,
      plan: plan.questions.map((q) => ({ ...q, prompt: prompts.get(q.questionId) ?? '' })),
      state,
      // Seconds, not a timestamp: the page's clock may differ from ours, but it can count from when it heard this.
      secondsInPhase: Math.max(0, Math.round((Date.parse(now()) - Date.parse(row.updated_at)) / 1000)),
      current:
        turn && planned
          ? {
              turnId: turn.id,
              kind: turn.kind,
              questionId: turn.questionId,
              prompt: turn.probe?.text ?? prompts.get(turn.questionId) ?? '',
              tip: turn.tip,
              category: planned.category,
              targetSeconds: turn.kind === 'question' ? planned.targetSeconds : Math.round(planned.targetSeconds / 2),
            }
          : null,
      turns: await presentTurns(row),
      handsOn: await presentHandsOn(row, plan),
    };
  }

  async function presentHandsOn(row: InterviewRow, plan: InterviewPlan) {
    const slots = plan.handsOn ?? [];
    const results = slots.length && deps.handsOn ? await deps.handsOn.results(row.id, row.user_id) : [];
    return slots.map((slot) => {
      const result = results.find((r) => r.kind === slot.kind && r.id === slot.id);
      return { ...slot, result: result ? { id: result.resultId, overall: result.overall } : null };
    });
  }

  async function presentTurns(row: InterviewRow) {
    const turns = await repository.turns(row.id);
    const recordingIds = turns.flatMap((turn) => (turn.recording_id ? [turn.recording_id] : []));
    const stored = await deps.storedRecordings(recordingIds, row.user_id);
    return turns.map((turn) => presentTurn(turn, stored));
  }

  async function open(viewer: Viewer, settings: InterviewSettings, plan: InterviewPlan, retakeOf: string | null) {
    const at = now();
    const state = initialState();
    const row: InterviewRow = {
      id: randomUUID(),
      user_id: viewer.id,
      settings: JSON.stringify(settings),
      plan: JSON.stringify(plan),
      state: JSON.stringify(state),
      version: state.version,
      status: 'active',
      retake_of: retakeOf,
      created_at: at,
      updated_at: at,
    };
    await repository.insert(row);
    return present(row);
  }

  /** Moves the interview and stores it, refusing if it moved since the client looked (a stale or repeated request). */
  async function move(
    trx: Transaction<Database>,
    row: InterviewRow,
    event: InterviewEvent,
    expectedVersion: number | null,
  ) {
    if (expectedVersion !== null && row.version !== expectedVersion) {
      throw new DomainError(
        'conflict',
        'interview-moved-on',
        'The interview moved on since you last saw it; reload it.',
        { currentVersion: row.version },
      );
    }
    const state = transition(JSON.parse(row.plan) as InterviewPlan, JSON.parse(row.state) as InterviewState, event);
    if (state.version === row.version) return { row, state, changed: false };
    const changes = {
      state: JSON.stringify(state),
      version: state.version,
      status: state.phase === 'completed' ? ('completed' as const) : ('active' as const),
      updated_at: now(),
    };
    if (!(await repository.saveState(trx, row.id, row.version, changes))) {
      throw new DomainError('conflict', 'interview-moved-on', 'The interview moved on concurrently; reload it.');
    }
    return { row: { ...row, ...changes }, state, changed: true };
  }

  /** Key points that the earlier analysed turns of the same question (its answer, earlier follow-ups) made. */
  async function pointsMadeBefore(turn: TurnRow): Promise<string[]> {
    const turns = await repository.turns(turn.interview_id);
    const earlier = turns.filter(
      (t) => t.question_id === turn.question_id && t.id !== turn.id && t.analysis && t.created_at <= turn.created_at,
    );
    const made = earlier.flatMap((t) =>
      (JSON.parse(t.analysis!) as AnswerAnalysis).keyPoints.filter((p) => p.covered).map((p) => p.id),
    );
    return [...new Set(made)];
  }

  /** Hands a turn waiting for its recording to the queue; false when there is no such turn (yet). Idempotent. */
  async function attachRecording(recording: { id: string; userId: string; answerId: string }) {
    const turn = await repository.findTurn(recording.answerId);
    if (!turn || turn.user_id !== recording.userId || turn.status !== 'recording') return false;
    const attached = await repository.transaction(async (trx) => {
      const changes = { recording_id: recording.id, status: 'queued' as const, updated_at: now() };
      // Two attempts may race (the upload's hook and the answer's submission): only the first moves the turn on.
      if (!(await repository.updateTurnIn(trx, turn.id, 'recording', changes))) return false;
      await deps.scheduleAnalysis(turn.id, trx);
      return true;
    });
    if (attached) events.publish({ interviewId: turn.interview_id, reason: 'state', turnId: turn.turn_id });
    return attached;
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
        {
          recentlyAnswered: await repository.answeredSince(viewer.id, since),
          seed,
        },
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
      const settings = JSON.parse(source.settings) as InterviewSettings;
      return open(viewer, settings, JSON.parse(source.plan) as InterviewPlan, source.id);
    },

    get: async (id: string, viewer: Viewer) => present(await load(id, viewer)),

    /** The hands-on rounds an interview of this user plans, or null when there is no such interview of theirs. */
    async handsOnSlots(id: string, userId: string) {
      const row = await repository.find(id, userId);
      return row ? ((JSON.parse(row.plan) as InterviewPlan).handsOn ?? []) : null;
    },

    /** The question a live upload answers: the interview's current turn, when the answer id names it. */
    async questionForAnswer(answerId: string, userId: string): Promise<Question | null> {
      const interviewId = answerId.split(':')[0] ?? '';
      const row = await repository.find(interviewId, userId);
      const turn = row ? (JSON.parse(row.state) as InterviewState).turn : null;
      if (!turn || turnRowId(interviewId, turn.id) !== answerId) return null;
      return (await questions.get(turn.questionId, { id: userId })).question;
    },

    async list(viewer: Viewer, limit: number) {
      const rows = await repository.listByUser(viewer.id, limit);
      return rows.map((row) => ({
        id: row.id,
        status: row.status,
        createdAt: row.created_at,
        retakeOf: row.retake_of,
        settings: JSON.parse(row.settings) as InterviewSettings,
        questionCount: (JSON.parse(row.plan) as InterviewPlan).questions.length,
      }));
    },

    async act(id: string, viewer: Viewer, event: ClientEvent, expectedVersion: number) {
      await load(id, viewer);
      const result = await repository.transaction(async (trx) =>
        move(trx, (await repository.findById(id, trx))!, { type: event }, expectedVersion),
      );
      if (result.changed) events.publish({ interviewId: id, reason: 'state' });
      return present(result.row);
    },

    /** Records the answer to the current turn and hands its analysis to the queue. */
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
      await load(id, viewer);
      if (input.mode === 'typed' && input.text === undefined)
        throw new DomainError('invalid', 'answer-text-required', 'A typed answer needs its text.');
      const rowId = turnRowId(id, input.turnId);
      // The server's own summary of the frames (never one the client computed); only a video answer has a camera.
      const camera =
        input.mode === 'video' && input.camera ? JSON.stringify(summarizeCameraPresence(input.camera.samples)) : null;
      const recordingId = input.mode === 'typed' ? null : await deps.recordingForTurn(rowId, viewer.id);
      // Read outside the transaction: SQLite has one connection, and a query beside an open transaction would wait on it.
      const current = (JSON.parse((await load(id, viewer)).state) as InterviewState).turn;
      const questionPrompt = current ? (await questions.get(current.questionId, viewer)).question.prompt : '';
      const result = await repository.transaction(async (trx) => {
        const row = (await repository.findById(id, trx))!;
        const before = JSON.parse(row.state) as InterviewState;
        const moved = await move(trx, row, { type: 'submit-answer', turnId: input.turnId }, input.expectedVersion);
        const turn = before.turn!;
        const ready = input.mode === 'typed' || recordingId !== null;
        const at = now();
        await repository.insertTurn(trx, {
          id: rowId,
          interview_id: id,
          user_id: viewer.id,
          turn_id: turn.id,
          question_id: turn.questionId,
          kind: turn.kind,
          prompt: turn.probe?.text ?? (turn.questionId === current?.questionId ? questionPrompt : turn.questionId),
          mode: input.mode,
          answer_text: input.mode === 'typed' ? (input.text ?? '') : null,
          recording_id: recordingId,
          status: ready ? 'queued' : 'recording',
          analysis: null,
          spoken: null,
          camera,
          error: null,
          created_at: at,
          updated_at: at,
        });
        if (ready) await deps.scheduleAnalysis(rowId, trx);
        return { ...moved, ready };
      });
      events.publish({ interviewId: id, reason: 'state' });
      if (!result.ready) {
        // An upload that finished after our look but before the commit found no turn to attach to; now there is one.
        const late = await deps.recordingForTurn(rowId, viewer.id);
        if (late) await attachRecording({ id: late, userId: viewer.id, answerId: rowId });
      }
      return present(result.row);
    },

    /** Called when a recording's upload completes; idempotent, and fine before or after the answer is submitted. */
    attachRecording,

    /** The background task: transcribe if spoken, analyse, store, and let the interviewer react. Idempotent. */
    async analyseTurn(rowId: string) {
      const turn = await repository.findTurn(rowId);
      if (!turn || turn.status === 'analysed') return;
      const { question } = await questions.get(turn.question_id, { id: turn.user_id });
      let spoken = turn.spoken ? (JSON.parse(turn.spoken) as SpokenResult) : null;
      if (turn.mode !== 'typed' && !spoken) {
        if (!deps.transcribe)
          throw new DomainError(
            'unavailable',
            'transcription-unavailable',
            'No speech-to-text engine is available on this server.',
          );
        spoken = await deps.transcribe(turn.recording_id!, question, rowId);
      }
      const text = turn.answer_text ?? spoken?.text ?? '';
      const interviewBefore = await repository.findById(turn.interview_id);
      const stateBefore = interviewBefore ? (JSON.parse(interviewBefore.state) as InterviewState) : null;
      const coveredBefore = await pointsMadeBefore(turn);
      const fullAnalysis = await deps.analyze(question, text, spoken ? spokenDelivery(spoken, turn.camera) : undefined);
      // A follow-up answers one probe: it is scored on that point, against what the question's turns made so far.
      const probe = stateBefore?.turn?.id === turn.turn_id ? stateBefore.turn.probe : null;
      const analysis =
        turn.kind === 'follow-up' && probe
          ? scoreFollowUp(fullAnalysis, { probedKeyPointId: probe.keyPointId, coveredBefore })
          : fullAnalysis;
      const assessable = analysis.verdict === 'assessed' && !spoken?.needsReview;
      const llm = assessable && deps.narrate ? await deps.narrate(question, text, analysis) : null;
      const probed = stateBefore?.probedKeyPoints ?? [];
      const missed = withGeneratedFollowUp(analysis, probed, llm?.followUpQuestions[0], coveredBefore);
      await repository.transaction(async (trx) => {
        await repository.updateTurn(trx, rowId, {
          status: 'analysed',
          analysis: JSON.stringify({ ...analysis, llm }),
          spoken: spoken ? JSON.stringify(spoken) : null,
          answer_text: text,
          error: null,
          updated_at: now(),
        });
        const interview = (await repository.findById(turn.interview_id, trx))!;
        await move(trx, interview, { type: 'analysis-ready', turnId: turn.turn_id, missed, assessable }, null);
      });
      events.publish({ interviewId: turn.interview_id, reason: 'turn-analysed', turnId: turn.turn_id });
      const transcriptUnsure = spoken?.needsReview === true && turn.answer_text === null;
      if (turn.kind === 'question' && !transcriptUnsure)
        await deps.onAnswerAnalysed?.({
          answerId: `turn:${rowId}`,
          userId: turn.user_id,
          questionId: turn.question_id,
          analysis,
        });
    },

    /** After the last retry: keep the error and let the interview go on rather than wait forever. */
    async markTurnFailed(rowId: string, message: string) {
      const turn = await repository.findTurn(rowId);
      if (!turn || turn.status === 'analysed' || turn.status === 'failed') return;
      await repository.transaction(async (trx) => {
        await repository.updateTurn(trx, rowId, { status: 'failed', error: message, updated_at: now() });
        const interview = (await repository.findById(turn.interview_id, trx))!;
        await move(
          trx,
          interview,
          { type: 'analysis-ready', turnId: turn.turn_id, missed: [], assessable: false },
          null,
        );
      });
      events.publish({ interviewId: turn.interview_id, reason: 'turn-failed', turnId: turn.turn_id });
    },

    /** The candidate corrects a transcript: the content analysis runs again on their words. */
    /** Analyses again an answer whose analysis failed; the interview stays where it is. */
    async retryAnalysis(id: string, viewer: Viewer, turnId: string) {
      await load(id, viewer);
      const rowId = turnRowId(id, turnId);
      const turn = await repository.findTurn(rowId);
      if (!turn) throw notFound('answer', turnId);
      if (turn.status !== 'failed')
        throw new DomainError('conflict', 'turn-not-failed', 'Only an answer whose analysis failed can be retried.');
      await repository.transaction(async (trx) => {
        await repository.updateTurn(trx, rowId, { status: 'queued', error: null, updated_at: now() });
        await deps.scheduleAnalysis(rowId, trx, `retry-${Date.parse(now())}`);
      });
      events.publish({ interviewId: id, reason: 'state', turnId });
      return present(await load(id, viewer));
    },

    async correctTranscript(id: string, viewer: Viewer, turnId: string, text: string) {
      await load(id, viewer);
      const rowId = turnRowId(id, turnId);
      const turn = await repository.findTurn(rowId);
      if (!turn || turn.mode === 'typed') throw notFound('spoken answer', turnId);
      if (turn.status !== 'analysed' && turn.status !== 'failed')
        throw new DomainError('conflict', 'turn-not-analysed', 'Wait for the first analysis to finish.');
      await repository.transaction(async (trx) => {
        await repository.updateTurn(trx, rowId, { answer_text: text, status: 'queued', updated_at: now() });
        await deps.scheduleAnalysis(rowId, trx, `edit-${Date.parse(now())}`);
      });
      events.publish({ interviewId: id, reason: 'state', turnId });
      return present(await load(id, viewer));
    },

    /** The session summary; for a retake, with the scores of the attempt it retakes beside it. */
    summary: async (id: string, viewer: Viewer) => summaries.of(await load(id, viewer), viewer),

    /** Recordings go first: a failure half-way leaves an interview to delete again, never an orphaned recording. */
    async remove(id: string, viewer: Viewer) {
      await load(id, viewer);
      await deps.removeRecordings(id, viewer.id);
      if (!(await repository.deleteInterview(id, viewer.id))) throw notFound('interview', id);
    },
  };
}

export type InterviewService = ReturnType<typeof createInterviewService>;
