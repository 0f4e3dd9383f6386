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
import { createLlmFeedback } from './modules/llm/llm-feedback.ts';
import { createInterviewEvents, type InterviewEvents } from './modules/interviews/interview-events.ts';
import { createInterviewRepository } from './modules/interviews/interviews.repository.ts';
import { createInterviewService, type InterviewService } from './modules/interviews/interviews.service.ts';
import { createInterviewState } from './modules/interviews/interview-state.ts';
import { ANSWER_ANALYSIS, answerAnalysisTask } from './modules/answers/answer-analysis.task.ts';
import { createAnswerRepository } from './modules/answers/answers.repository.ts';
import { createAnswerService, type AnswerService } from './modules/answers/answers.service.ts';
import { handsOnRounds } from './wiring/hands-on-rounds.ts';
import { transactionOf, unitsOfWork } from './db/unit-of-work.ts';
import { analyzeInWorker } from './workers/analyze-in-worker.ts';
import { createSpeech, type Speech } from './modules/speech/speech-wiring.ts';
import type { Availability } from './modules/speech/transcriber.ts';
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
import { createUserRepository } from './modules/users/users.repository.ts';
import { createUserService, type UserService } from './modules/users/users.service.ts';

export interface Dependencies {
  config: Config;
  version: string;
  database: DatabaseHandle;
  pingDatabase: () => Promise<boolean>;
  auth: Auth;
  authenticator: Authenticator;
  /** Administration of accounts (roles). */
  users: UserService;
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
  /** Answers to interview turns: recordings attached, transcription, the analysis task. */
  answers: AnswerService;
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
  const analyze = analyzeInWorker(workers, questions);
  // Typed answers too are analysed on a worker thread: never on the event loop.
  const analyses = createAnalysisService({
    db,
    questions,
    llm,
    analyze,
    onAnalysed: gradeFromPractice,
  });
  const storage = await createStorage(config.storage, config.dataDir);
  const recordings = createRecordingService({ repository: createRecordingRepository(db), storage: storage.recordings });
  const interviewEvents = createInterviewEvents();
  const interviewRepository = createInterviewRepository(db);
  const runInUnitOfWork = unitsOfWork(db);
  // The stored state machine answers what speech, the answers and the hands-on rounds ask of an interview, so
  // each is wired before the interviews service that uses them.
  const interviewState = createInterviewState({
    repository: interviewRepository,
    questions,
    events: interviewEvents,
    now: () => new Date().toISOString(),
  });
  const speech = await createSpeech(config, questions, {
    questionFor: (answerId, ownerId) => interviewState.questionForAnswer(answerId, ownerId),
    log,
    buildLanguageModel: (input) => workers.runInWorker('buildLanguageModel', input),
    observe: (sample) => metrics.observeTranscription(sample),
  });
  const answers = createAnswerService({
    repository: createAnswerRepository(db),
    runInUnitOfWork,
    questions,
    recordings,
    transcription: speech,
    scheduleAnalysis: async (answerId, uow, attempt) => {
      const idempotencyKey = `${ANSWER_ANALYSIS}:${answerId}:${attempt ?? 'first'}`;
      await queue.enqueue(ANSWER_ANALYSIS, { turnRowId: answerId }, { trx: transactionOf(uow), idempotencyKey });
    },
    analyze,
    narrate: llm ? (question, answer, analysis) => llm.narrate(question, answer, analysis) : undefined,
    interview: interviewState.answers,
    onAnswerAnalysed: gradeFromPractice,
  });
  queue.register(answerAnalysisTask(answers));
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
    analyze: (question, answer) => analyze(question, answer),
    interviewSlots: (interviewId, userId) => interviewState.handsOnSlots(interviewId, userId),
  });
  queue.register(codeCheckTask(coding));
  const exercises = await loadExercises(config.reviewsDir);
  for (const bad of exercises.invalid) log('review exercise skipped: invalid', bad);
  const reviews = createReviewService({
    db,
    exercises: exercises.exercises,
    check: (exercise, submission) => workers.runInWorker('checkReview', exercise, submission),
    interviewSlots: (interviewId, userId) => interviewState.handsOnSlots(interviewId, userId),
  });
  const interviews = createInterviewService({
    repository: interviewRepository,
    runInUnitOfWork,
    state: interviewState,
    answers,
    questions,
    events: interviewEvents,
    removeRecordings: (interviewId, userId) => recordings.removeAllOfInterview(interviewId, userId),
    handsOn: handsOnRounds(coding, reviews),
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
    interviewAnswer: (userId, id) => answers.withFollowUps(userId, id),
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
    if (recording.answerId) await answers.recordingReady({ userId: recording.userId, answerId: recording.answerId });
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

  const authenticator = createAuthenticator(auth, tokens);
  return {
    config,
    version,
    database,
    pingDatabase: pingAtMostEvery(() => pingDatabase(db)),
    auth,
    authenticator,
    users: createUserService({
      repository: createUserRepository(db),
      forgetUser: (id) => authenticator.forgetUser(id),
    }),
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
    answers,
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
