import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import { migrateToLatest, openDatabase, pingAtMostEvery, pingDatabase, type DatabaseHandle } from './db/database.ts';
import type { Database } from './db/schema.ts';
import { createAuth, migrateAuth, type Auth } from './modules/auth/auth.ts';
import { createAuthenticator, type Authenticator } from './modules/auth/authenticate.ts';
import { createTokenRepository } from './modules/tokens/tokens.repository.ts';
import { createTokenService, type TokenService } from './modules/tokens/tokens.service.ts';
import { createQuestionRepository } from './modules/questions/questions.repository.ts';
import { createQuestionService, type QuestionService } from './modules/questions/questions.service.ts';
import { syncBankFromFiles } from './modules/questions/question-content.ts';
import { createAnalysisService, type AnalysisService } from './modules/analyses/analyses.service.ts';
import { createJobQueue } from './modules/jobs/queue-factory.ts';
import { createMetrics, type Metrics } from './modules/metrics/metrics.ts';
import { createStorage } from './modules/storage/storage-factory.ts';
import { queueForRole, type RoleQueue } from './roles.ts';
import { createRecordingRepository } from './modules/recordings/recordings.repository.ts';
import { createRecordingService, type RecordingService } from './modules/recordings/recordings.service.ts';
import type { RecordingReadyHook } from './modules/uploads/recording-intake.ts';
import { createUploadService, type UploadService } from './modules/uploads/uploads.service.ts';
import { createWorkerPool, type WorkerPool } from './workers/worker-pool.ts';
import { BANK, type SharedBank } from './workers/worker-shared.ts';
import { createLlmFeedback } from './modules/llm/llm-feedback.ts';
import { createInterviewEvents, type InterviewEvents } from './modules/interviews/interview-events.ts';
import { createInterviewRepository } from './modules/interviews/interviews.repository.ts';
import { createInterviewService, type InterviewService } from './modules/interviews/interviews.service.ts';
import { TURN_ANALYSIS, turnAnalysisTask } from './modules/interviews/turn-analysis.task.ts';
import { createSpeech, type Speech } from './modules/speech/speech-wiring.ts';
import type { Availability } from './modules/speech/transcriber.ts';
import { notFound, type DeliveryInput, type Question } from '@rehearse/core';
import { createSignInThrottle, type SignInThrottle } from './modules/auth/sign-in-throttle.ts';
import { CODE_CHECK, codeCheckTask } from './modules/coding/code-check.task.ts';
import { createCodingService, type CodingService } from './modules/coding/coding.service.ts';
import { loadProblems } from './modules/coding/problem-content.ts';
import { loadExercises } from './modules/reviews/exercise-content.ts';
import { createReviewService, type ReviewService } from './modules/reviews/reviews.service.ts';
import { createProgressRepository } from './modules/progress/progress.repository.ts';
import { createProgressService, type ProgressService } from './modules/progress/progress.service.ts';
import { createHistoryRepository } from './modules/history/history.repository.ts';
import { createHistoryService, type HistoryService } from './modules/history/history.service.ts';
import { createReportService, type ReportService } from './modules/reports/reports.service.ts';
import { createKitRepository } from './modules/kits/kits.repository.ts';
import { createKitService, type KitService } from './modules/kits/kits.service.ts';
import { createSharing, type Sharing } from './modules/sharing/sharing.module.ts';
import { createLlmQuestionProposer } from './modules/llm/llm-questions.ts';
import { createTeamRepository } from './modules/teams/teams.repository.ts';
import { createTeamService, type TeamService } from './modules/teams/teams.service.ts';
import { createStudyRepository } from './modules/study/study.repository.ts';
import { createStudyService, type AnalysedAnswer, type StudyService } from './modules/study/study.service.ts';

export interface Dependencies {
  config: Config;
  version: string;
  database: DatabaseHandle;
  pingDatabase: () => Promise<boolean>;
  auth: Auth;
  authenticator: Authenticator;
  authRateLimit: number;
  /** Failed sign-ins per account, whatever address they come from. */
  signInThrottle: SignInThrottle;
  trustedOrigins: string[];
  tokens: TokenService;
  questions: QuestionService;
  analyses: AnalysisService;
  /** Background jobs (start() does nothing in the web role); the port interviews enqueue analysis through. */
  queue: RoleQueue;
  /** Prometheus metrics of this process (requests, jobs, transcription), read at /metrics. */
  metrics: Metrics;
  /** Worker threads for CPU-heavy pure work: `workers.runInWorker('analyzeAnswer', …)`. */
  workers: WorkerPool;
  recordings: RecordingService;
  uploads: UploadService;
  interviews: InterviewService;
  interviewEvents: InterviewEvents;
  /** The coding round: problems, and attempts checked in the sandbox by background jobs. */
  coding: CodingService;
  /** The code-review round: exercises, and reviews checked off the event loop. */
  reviews: ReviewService;
  /** Progress over time, weakest areas and recommendations; history; session reports (Markdown, PDF). */
  progress: ProgressService;
  history: HistoryService;
  reports: ReportService;
  /** Interview kits (personal or a team's), scorecards and calibration, and practice links. */
  kits: KitService;
  /** Sharing with a coach: shares by invitation or link, the coach's read-only view, comments at moments. */
  sharing: Sharing;
  /** Hiring teams: members, roles and invitations; a team's kits are its members'. */
  teams: TeamService;
  /** Study mode: flash cards scheduled by FSRS, the checklist; practice answers grade their cards. */
  study: StudyService;
  speechAvailability: () => Promise<Availability>;
  /** The spoken-answer path: transcription biased to the question, and delivery (the CLI uses it directly). */
  speech: Speech;
  close(): Promise<void>;
}

export interface DependencyOverrides {
  /** Use this database instead of opening one from the configuration (tests pass an in-memory SQLite). */
  database?: DatabaseHandle;
  authRateLimit?: number;
  /** Skip loading the content directory (tests that bring their own questions). */
  skipContent?: boolean;
  log?: (message: string, details?: object) => void;
  /** Called after each finished upload is recorded (tests observe it). */
  onRecordingReady?: RecordingReadyHook;
}

const version = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;

/** Secrets survive restarts: generated on first start and kept in the database, unless configured. */
async function authSecret(db: Kysely<Database>, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const generated = randomBytes(32).toString('base64url');
  await db
    .insertInto('app_state')
    .values({ key: 'auth-secret', value: generated })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_state')
    .select('value')
    .where('key', '=', 'auth-secret')
    .executeTakeFirstOrThrow();
  return row.value;
}

/** The composition root: every adapter is chosen and wired here, and nowhere else. */
export async function createDependencies(config: Config, overrides: DependencyOverrides = {}): Promise<Dependencies> {
  const log = overrides.log ?? (() => {});
  const database = overrides.database ?? openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const { db } = database;
  await migrateToLatest(db);

  const baseUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const auth = createAuth({ db, dialect: database.dialect, secret: await authSecret(db, config.authSecret), baseUrl });
  await migrateAuth(auth);

  const tokens = createTokenService(createTokenRepository(db), { log });
  const questions = createQuestionService({ repository: createQuestionRepository(db) });
  if (!overrides.skipContent) await syncBankFromFiles(questions, config.contentDir, log);
  const study = createStudyService({ repository: createStudyRepository(db), questions });
  // Practice feeds the schedule: an analysed answer grades its card. The answer is kept whatever happens here, so
  // a failure is logged rather than failing the answer (the same answer analysed again grades it then).
  const gradeFromPractice = async (answer: AnalysedAnswer) => {
    try {
      await study.gradeFromPractice(answer);
    } catch (error) {
      log('study: grading a card from an answer failed', { answerId: answer.answerId, error: String(error) });
    }
  };
  const llm = config.llm ? createLlmFeedback({ ...config.llm, log }) : undefined;
  const queue = queueForRole(
    await createJobQueue({ ...config.queue, database, databaseUrl: config.databaseUrl, log }),
    config.role,
  );
  const metrics = createMetrics();
  metrics.watchQueue(queue);
  const workers = createWorkerPool({ size: config.queue.concurrency });
  // Answers are analysed on a worker thread against the bank, which each thread is sent once per version (and
  // indexes at once); a bank question then goes by its id.
  let bankShared: { version: string; ids: Map<string, Question> } | undefined;
  const analyzeInWorker = async (question: Question, answerText: string, delivery?: DeliveryInput) => {
    const bank = await questions.bank();
    if (bank.version !== bankShared?.version) {
      workers.share(BANK, bank satisfies SharedBank);
      bankShared = { version: bank.version, ids: new Map(bank.questions.map((q) => [q.id, q])) };
    }
    const which = bankShared.ids.get(question.id) === question ? { questionId: question.id } : { question };
    return workers.runInWorker('analyzeAnswer', { ...which, answerText, ...(delivery ? { delivery } : {}) });
  };
  // Typed answers too are analysed on a worker thread: never on the event loop.
  const analyses = createAnalysisService({
    db,
    questions,
    llm,
    analyze: analyzeInWorker,
    onAnalysed: gradeFromPractice,
  });
  const storage = await createStorage(config.storage, config.dataDir);
  const recordings = createRecordingService({ repository: createRecordingRepository(db), storage: storage.recordings });
  const speech = await createSpeech(config, questions, {
    // Bound late: the interviews service is wired below, and is only asked once uploads arrive.
    questionFor: (answerId, ownerId) => interviews.questionForAnswer(answerId, ownerId),
    log,
    buildLanguageModel: (input) => workers.runInWorker('buildLanguageModel', input),
    observe: (sample) => metrics.observeTranscription(sample),
  });
  const interviewEvents = createInterviewEvents();
  const interviews = createInterviewService({
    repository: createInterviewRepository(db),
    questions,
    events: interviewEvents,
    scheduleAnalysis: async (turnRowId, trx, attempt) => {
      await queue.enqueue(
        TURN_ANALYSIS,
        { turnRowId },
        { trx, idempotencyKey: `${TURN_ANALYSIS}:${turnRowId}:${attempt ?? 'first'}` },
      );
    },
    analyze: analyzeInWorker,
    transcribe: async (recordingId, question, answerId) => {
      const located = await recordings.locate(recordingId);
      if (!located) throw notFound('recording', recordingId);
      return speech.transcribe(located.path, question, { answerId, sha256: located.recording.sha256 });
    },
    storedRecordings: (ids, userId) => recordings.stillStored(ids, userId),
    removeRecordings: (interviewId, userId) => recordings.removeAllOfInterview(interviewId, userId),
    recordingForTurn: async (turnRowId, userId) => (await recordings.forAnswer(turnRowId, userId))?.id ?? null,
    narrate: llm ? (question, answer, analysis) => llm.narrate(question, answer, analysis) : undefined,
    onAnswerAnalysed: gradeFromPractice,
    // Bound late: the coding and review rounds are wired below, and only asked once an interview is created.
    handsOn: {
      catalog: () => ({
        problems: coding.list({}),
        exercises: reviews.list({}),
      }),
      results: async (interviewId, userId) => {
        const [code, review] = await Promise.all([
          coding.bestForInterview(interviewId, userId),
          reviews.bestForInterview(interviewId, userId),
        ]);
        return [
          ...(code?.overall_score != null
            ? [{ kind: 'coding' as const, id: code.problem_id, resultId: code.id, overall: code.overall_score }]
            : []),
          ...(review
            ? [{ kind: 'review' as const, id: review.exercise_id, resultId: review.id, overall: review.overall_score }]
            : []),
        ];
      },
    },
  });
  queue.register(turnAnalysisTask(interviews));
  const problems = await loadProblems(config.problemsDir);
  for (const bad of problems.invalid) log('problem skipped: invalid', bad);
  const coding = createCodingService({
    db,
    problems: problems.problems,
    scheduleCheck: async (attemptId) => {
      await queue.enqueue(CODE_CHECK, { attemptId }, { idempotencyKey: `${CODE_CHECK}:${attemptId}` });
    },
    check: ({ problem, language, source, mode, customInputs }) =>
      workers.runInWorker('checkCode', { problem, language, source, visibleOnly: mode === 'run', customInputs }),
    analyze: (question, answer) => analyzeInWorker(question, answer),
    interviewSlots: (interviewId, userId) => interviews.handsOnSlots(interviewId, userId),
  });
  queue.register(codeCheckTask(coding));
  const exercises = await loadExercises(config.reviewsDir);
  for (const bad of exercises.invalid) log('review exercise skipped: invalid', bad);
  const reviews = createReviewService({
    db,
    exercises: exercises.exercises,
    check: (exercise, submission) => workers.runInWorker('checkReview', exercise, submission),
    interviewSlots: (interviewId, userId) => interviews.handsOnSlots(interviewId, userId),
  });
  // Problems and exercises live in files: progress and history name them by their titles.
  const titles = {
    coding: new Map(coding.list({}).map((p) => [p.id, p.title])),
    review: new Map(reviews.list({}).map((e) => [e.id, e.title])),
  };
  const titleOf = (kind: 'coding' | 'review', id: string) => titles[kind].get(id) ?? id;
  const progress = createProgressService({ repository: createProgressRepository(db, database.dialect), titleOf });
  const history = createHistoryService({
    repository: createHistoryRepository(db, database.dialect),
    questions,
    storedRecordings: (ids, userId) => recordings.stillStored(ids, userId),
    titleOf,
    titled: (kind, q) =>
      [...titles[kind].entries()]
        .filter(([, title]) => title.toLowerCase().includes(q.toLowerCase()))
        .map(([id]) => id),
  });
  const reports = createReportService({ interviews });
  const teams = createTeamService({ repository: createTeamRepository(db) });
  const kits = createKitService({
    repository: createKitRepository(db),
    questions,
    teamRoleOf: (teamId, userId) => teams.roleOf(teamId, userId),
    proposer: config.llm ? createLlmQuestionProposer({ ...config.llm, log }) : undefined,
    startInterview: (viewer, questionIds, settings) => interviews.createFromQuestions(viewer, questionIds, settings),
    publicUrl: baseUrl,
  });
  const sharing = createSharing({ db, interviews, recordings, publicUrl: baseUrl });
  const onRecordingReady: RecordingReadyHook = async (recording) => {
    if (recording.answerId)
      await interviews.attachRecording({ id: recording.id, userId: recording.userId, answerId: recording.answerId });
    await overrides.onRecordingReady?.(recording);
  };
  const uploads = createUploadService({
    dataDir: config.dataDir,
    storage: storage.recordings,
    area: storage.uploads,
    maxBytes: config.uploadMaxBytes,
    quotaBytes: config.recordingsQuotaBytes,
    recordings,
    onRecordingReady,
    ...(speech.live ? { liveListener: speech.live } : {}),
    log,
  });

  return {
    config,
    version,
    database,
    pingDatabase: pingAtMostEvery(() => pingDatabase(db)),
    auth,
    authenticator: createAuthenticator(auth, tokens),
    authRateLimit: overrides.authRateLimit ?? 10,
    signInThrottle: createSignInThrottle(),
    trustedOrigins: [new URL(baseUrl).origin],
    tokens,
    questions,
    analyses,
    queue,
    metrics,
    workers,
    recordings,
    uploads,
    interviews,
    interviewEvents,
    coding,
    reviews,
    progress,
    history,
    reports,
    study,
    kits,
    teams,
    sharing,
    speechAvailability: () => speech.availability(),
    speech,
    close: async () => {
      speech.live?.close();
      await queue.stop();
      await workers.close();
      await database.close();
    },
  };
}
