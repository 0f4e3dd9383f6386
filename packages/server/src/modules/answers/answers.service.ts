// An answer's life after it is given: a spoken one waits for its recording, then each is transcribed (if spoken),
// analysed off the request path and stored, and the interview it belongs to is told so it can move on. The
// interview keeps its state machine; this module keeps the answer.
import {
  answerIdOf,
  DomainError,
  keepSpoken,
  notFound,
  scoreFollowUp,
  type AnswerAnalysis,
  type DeliveryInput,
  type Question,
} from '@rehearse/core';
import type { RunInUnitOfWork, UnitOfWork } from '../../db/unit-of-work.ts';
import type { NarrativeFeedback } from '../llm/llm-feedback.ts';
import type { QuestionService } from '../questions/questions.service.ts';
import type { AnswerRecordings, InterviewOfAnswer, Transcription } from './answer-ports.ts';
import { presentAnswer } from './answers.presenter.ts';
import type { AnswerRepository, StoredAnswer } from './answers.repository.ts';
import { pointsMadeBefore, withGeneratedFollowUp } from './follow-up-outcome.ts';

export interface AnswerServiceDeps {
  repository: AnswerRepository;
  runInUnitOfWork: RunInUnitOfWork;
  questions: Pick<QuestionService, 'get'>;
  recordings: AnswerRecordings;
  /** Speech-to-text for spoken answers; null when none is available on this server. */
  transcription: Transcription | null;
  /** Enqueues the analysis of an answer in the unit of work that recorded it (neither exists without the other). */
  scheduleAnalysis(answerId: string, uow: UnitOfWork, attempt?: string): Promise<void>;
  /** Content analysis off the request path (a worker thread in the embedded setup). */
  analyze(question: Question, text: string, delivery: DeliveryInput | undefined): Promise<AnswerAnalysis>;
  /** Narrative feedback and generated follow-ups from an LLM, when one is configured; null when it fails. */
  narrate?:
    ((question: Question, answer: string, analysis: AnswerAnalysis) => Promise<NarrativeFeedback | null>) | undefined;
  interview: InterviewOfAnswer;
  /**
   * Told of each answer to a planned question once analysed (study mode grades the question's card from it); a
   * spoken answer the recogniser was unsure of is told once the candidate has corrected its transcript.
   */
  onAnswerAnalysed?: ((answer: AnalysedAnswer) => Promise<void>) | undefined;
  now?: () => Date;
}

export interface AnalysedAnswer {
  /** `turn:<interview id>:<turn id>`: the same answer analysed again has the same id. */
  readonly answerId: string;
  readonly userId: string;
  readonly questionId: string;
  readonly analysis: AnswerAnalysis;
}

/** An answer as the interview records it when its turn is answered (a typed answer with its text). */
export type NewAnswer = Pick<
  StoredAnswer,
  'interviewId' | 'turnId' | 'userId' | 'questionId' | 'kind' | 'prompt' | 'mode' | 'text' | 'camera'
>;

export function createAnswerService(deps: AnswerServiceDeps) {
  const { repository } = deps;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();

  /** What a spoken answer says, heard from its recording. */
  async function hear(answer: StoredAnswer, question: Question) {
    if (!deps.transcription)
      throw new DomainError(
        'unavailable',
        'transcription-unavailable',
        'No speech-to-text engine is available on this server.',
      );
    const located = answer.recordingId ? await deps.recordings.locate(answer.recordingId) : undefined;
    if (!located) throw notFound('recording', answer.recordingId ?? answer.id);
    const recorded = { answerId: answer.id, path: located.path, sha256: located.recording.sha256 };
    return deps.transcription.hear(recorded, question);
  }

  /**
   * Moves a spoken answer on once both its submission and its recording exist. Each side (the submission and the
   * finished upload) calls this after its own write has committed, so whichever comes second finds both; the
   * status check in the update lets only one of two concurrent calls schedule the analysis.
   */
  async function settleRecording(answerId: string, userId: string): Promise<boolean> {
    const answer = await repository.find(answerId);
    if (!answer || answer.userId !== userId || answer.status !== 'recording') return false;
    const recording = await deps.recordings.forAnswer(answerId, userId);
    if (!recording) return false;
    const attached = await deps.runInUnitOfWork(async (uow) => {
      const changes = { recordingId: recording.id, status: 'queued' as const, updatedAt: now() };
      if (!(await repository.updateIn(uow, answerId, 'recording', changes))) return false;
      await deps.scheduleAnalysis(answerId, uow);
      return true;
    });
    if (attached) deps.interview.changed(answer, 'state');
    return attached;
  }

  /** Runs the analysis again on an analysed or failed answer, leaving its interview where it is. */
  async function reanalyse(answer: StoredAnswer, changes: { text?: string; error?: null }, attempt: string) {
    await deps.runInUnitOfWork(async (uow) => {
      await repository.update(uow, answer.id, { ...changes, status: 'queued', updatedAt: now() });
      await deps.scheduleAnalysis(answer.id, uow, `${attempt}-${Date.parse(now())}`);
    });
    deps.interview.changed(answer, 'state');
  }

  return {
    /** Records the answer to a turn, in the interview's unit of work; a typed one is queued for analysis at once. */
    async record(uow: UnitOfWork, input: NewAnswer): Promise<StoredAnswer> {
      const at = now();
      const answer: StoredAnswer = {
        ...input,
        id: answerIdOf(input.interviewId, input.turnId),
        text: input.mode === 'typed' ? (input.text ?? '') : null,
        status: input.mode === 'typed' ? 'queued' : 'recording',
        recordingId: null,
        analysis: null,
        spoken: null,
        error: null,
        createdAt: at,
        updatedAt: at,
      };
      await repository.insert(uow, answer);
      if (answer.status === 'queued') await deps.scheduleAnalysis(answer.id, uow);
      return answer;
    },

    settleRecording,

    /** A finished upload became a recording: its answer moves on if it was submitted. Idempotent. */
    recordingReady: (recording: { userId: string; answerId: string }) =>
      settleRecording(recording.answerId, recording.userId),

    /** The background task: transcribe if spoken, analyse, store, and let the interview react. Idempotent. */
    async analyse(answerId: string) {
      const answer = await repository.find(answerId);
      if (!answer || answer.status === 'analysed') return;
      const { question } = await deps.questions.get(answer.questionId, { id: answer.userId });
      const heard = answer.mode === 'typed' ? null : (answer.spoken ?? (await hear(answer, question)));
      // Delivery is scored here and only here, with the camera's presence when the answer was on video.
      const spoken = heard && keepSpoken(heard, answer.camera);
      const text = answer.text ?? spoken?.text ?? '';
      const { probedKeyPointId, probed } = await deps.interview.followUpContext(answer);
      const coveredBefore = pointsMadeBefore(answer, await repository.ofInterview(answer.interviewId));
      const full = await deps.analyze(question, text, spoken?.deliveryScore);
      // A follow-up answers one probe: it is scored on that point, against what the question's turns made so far.
      const analysis =
        answer.kind === 'follow-up' && probedKeyPointId
          ? scoreFollowUp(full, { probedKeyPointId, coveredBefore })
          : full;
      const assessable = analysis.verdict === 'assessed' && !spoken?.needsReview;
      const llm = assessable && deps.narrate ? await deps.narrate(question, text, analysis) : null;
      const missed = withGeneratedFollowUp(analysis, probed, llm?.followUpQuestions[0], coveredBefore);
      await deps.runInUnitOfWork(async (uow) => {
        const changes = { status: 'analysed' as const, analysis: { ...analysis, llm }, spoken, text, error: null };
        await repository.update(uow, answer.id, { ...changes, updatedAt: now() });
        await deps.interview.analysisReady(uow, answer, { missed, assessable });
      });
      deps.interview.changed(answer, 'turn-analysed');
      const transcriptUnsure = spoken?.needsReview === true && answer.text === null;
      if (answer.kind === 'question' && !transcriptUnsure)
        await deps.onAnswerAnalysed?.({
          answerId: `turn:${answer.id}`,
          userId: answer.userId,
          questionId: answer.questionId,
          analysis,
        });
    },

    /** After the last retry: keep the error and let the interview go on rather than wait forever. */
    async markFailed(answerId: string, message: string) {
      const answer = await repository.find(answerId);
      if (!answer || answer.status === 'analysed' || answer.status === 'failed') return;
      await deps.runInUnitOfWork(async (uow) => {
        await repository.update(uow, answerId, { status: 'failed', error: message, updatedAt: now() });
        await deps.interview.analysisReady(uow, answer, { missed: [], assessable: false });
      });
      deps.interview.changed(answer, 'turn-failed');
    },

    /** Analyses again an answer whose analysis failed (its owner checked by the caller). */
    async retry(answerId: string, turnId: string) {
      const answer = await repository.find(answerId);
      if (!answer) throw notFound('answer', turnId);
      if (answer.status !== 'failed')
        throw new DomainError('conflict', 'turn-not-failed', 'Only an answer whose analysis failed can be retried.');
      await reanalyse(answer, { error: null }, 'retry');
    },

    /** The candidate corrects a transcript: the content analysis runs again on their words. */
    async correctTranscript(answerId: string, turnId: string, text: string) {
      const answer = await repository.find(answerId);
      if (!answer || answer.mode === 'typed') throw notFound('spoken answer', turnId);
      if (answer.status !== 'analysed' && answer.status !== 'failed')
        throw new DomainError('conflict', 'turn-not-analysed', 'Wait for the first analysis to finish.');
      await reanalyse(answer, { text }, 'edit');
    },

    /** An interview's answers in order, as the domain sees them. */
    ofInterview: (interviewId: string) => repository.ofInterview(interviewId),

    /** An interview's answers as the API shows them, each recording only while it is still stored. */
    async presented(interviewId: string, userId: string) {
      const answers = await repository.ofInterview(interviewId);
      const ids = answers.flatMap((answer) => (answer.recordingId ? [answer.recordingId] : []));
      const stored = await deps.recordings.stillStored(ids, userId);
      return answers.map((answer) => presentAnswer(answer, stored));
    },

    /** One answer of the user to a planned question and its follow-ups, as the API shows them (the history). */
    async withFollowUps(userId: string, id: string) {
      const found = await repository.withFollowUps(userId, id);
      if (!found) return undefined;
      const all = [found.main, ...found.followUps];
      const stored = await deps.recordings.stillStored(
        all.flatMap((a) => (a.recordingId ? [a.recordingId] : [])),
        userId,
      );
      const [main, ...followUps] = all.map((answer) => presentAnswer(answer, stored));
      return { answer: found.main, presented: main!, followUps };
    },

    answeredSince: (userId: string, since: string) => repository.answeredSince(userId, since),

    /** Removes an interview's answers in the unit of work that removes the interview. */
    removeOfInterview: (uow: UnitOfWork, interviewId: string, userId: string) =>
      repository.removeOfInterview(uow, interviewId, userId),
  };
}

export type AnswerService = ReturnType<typeof createAnswerService>;
