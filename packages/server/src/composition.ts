import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';
import { migrateToLatest, openDatabase, pingAtMostEvery, pingDatabase } from './db/database.ts';
import { createAuth, migrateAuth } from './modules/auth/auth.ts';
import { authSecret } from './modules/auth/auth-secret.ts';
import type { Dependencies, DependencyOverrides } from './dependencies.ts';
import { createAuthenticator } from './modules/auth/authenticate.ts';
import { createTokenRepository } from './modules/tokens/tokens.repository.ts';
import { createTokenService } from './modules/tokens/tokens.service.ts';
import { createQuestionRepository } from './modules/questions/questions.repository.ts';
import { createQuestionService } from './modules/questions/questions.service.ts';
import { syncBankFromFiles } from './modules/questions/question-content.ts';
import { createAnalysisService } from './modules/analyses/analyses.service.ts';
import { createAnalysisRepository } from './modules/analyses/analyses.repository.ts';
import { createJobQueue } from './modules/jobs/queue-factory.ts';
import { createMetrics } from './modules/metrics/metrics.ts';
import { createStorage } from './modules/storage/storage-factory.ts';
import { queueForRole } from './roles.ts';
import { createRecordingRepository } from './modules/recordings/recordings.repository.ts';
import { createRecordingService } from './modules/recordings/recordings.service.ts';
import type { RecordingReadyHook } from './modules/uploads/recording-intake.ts';
import { createUploadService } from './modules/uploads/uploads.service.ts';
import { createWorkerPool } from './workers/worker-pool.ts';
import { createLlmFeedback } from './modules/llm/llm-feedback.ts';
import { createEventRepository } from './modules/events/events.repository.ts';
import { createPgSignal } from './modules/events/pg-signal.ts';
import { createSharedInterviewEvents } from './modules/events/shared-events.ts';
import { createLiveTranscripts } from './modules/live-transcripts/live-transcripts.ts';
import { createInterviewRepository } from './modules/interviews/interviews.repository.ts';
import { createInterviewService } from './modules/interviews/interviews.service.ts';
import { createInterviewState } from './modules/interviews/interview-state.ts';
import { ANSWER_ANALYSIS, answerAnalysisTask } from './modules/answers/answer-analysis.task.ts';
import { createAnswerRepository } from './modules/answers/answers.repository.ts';
import { createAnswerService } from './modules/answers/answers.service.ts';
import { handsOnRounds } from './wiring/hands-on-rounds.ts';
import { transactionOf, unitsOfWork } from './db/unit-of-work.ts';
import { analyzeInWorker } from './workers/analyze-in-worker.ts';
import { createSpeech } from './modules/speech/speech-wiring.ts';
import { createSignInThrottle } from './modules/auth/sign-in-throttle.ts';
import { CODE_CHECK, codeCheckTask } from './modules/coding/code-check.task.ts';
import { createCodingService } from './modules/coding/coding.service.ts';
import { createCodeAttemptRepository } from './modules/coding/coding.repository.ts';
import { loadProblems } from './modules/coding/problem-content.ts';
import { loadExercises } from './modules/reviews/exercise-content.ts';
import { createReviewService } from './modules/reviews/reviews.service.ts';
import { createReviewRepository } from './modules/reviews/reviews.repository.ts';
import { createProgressRepository } from './modules/progress/progress.repository.ts';
import { createProgressService } from './modules/progress/progress.service.ts';
import { createHistoryRepository } from './modules/history/history.repository.ts';
import { createHistoryService } from './modules/history/history.service.ts';
import { createReportService } from './modules/reports/reports.service.ts';
import { createKitRepository } from './modules/kits/kits.repository.ts';
import { createKitService } from './modules/kits/kits.service.ts';
import { createSharing } from './modules/sharing/sharing.module.ts';
import { createLlmQuestionProposer } from './modules/llm/llm-questions.ts';
import { createTeamRepository } from './modules/teams/teams.repository.ts';
import { createTeamService } from './modules/teams/teams.service.ts';
import { createStudyRepository } from './modules/study/study.repository.ts';
import { createStudyService, type AnalysedAnswer } from './modules/study/study.service.ts';
import { createUserRepository } from './modules/users/users.repository.ts';
import { createUserService } from './modules/users/users.service.ts';
import { createAuthAccounts } from './modules/auth/auth.forget.ts';
import { createAccountService } from './modules/account/account.service.ts';
import { accountDeletionParts } from './wiring/account-deletion.ts';

export type { Dependencies, DependencyOverrides } from './dependencies.ts';

const version = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;

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
  const runInUnitOfWork = unitsOfWork(db);
  const study = createStudyService({ repository: createStudyRepository(db), runInUnitOfWork, questions });
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
  const analysisRepository = createAnalysisRepository(db);
  const analyses = createAnalysisService({
    repository: analysisRepository,
    questions,
    llm,
    analyze,
    onAnalysed: gradeFromPractice,
  });
  const storage = await createStorage(config.storage, config.dataDir);
  const recordings = createRecordingService({ repository: createRecordingRepository(db), storage: storage.recordings });
  // Stored and read back by every web process, so a browser hears what a worker did (events/shared-events.ts).
  const interviewEvents = createSharedInterviewEvents({
    repository: createEventRepository(db),
    ...(config.databaseUrl ? { signal: createPgSignal(config.databaseUrl, log) } : {}),
    log,
  });
  const liveTranscripts = createLiveTranscripts(db, log);
  const interviewRepository = createInterviewRepository(db);
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
    heardElsewhere: (answerId, sha256) => liveTranscripts.find(answerId, sha256),
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
    repository: createCodeAttemptRepository(db),
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
    repository: createReviewRepository(db),
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
    typedAnswer: (userId, id) => analysisRepository.find(id, userId),
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
    // A web process's live transcript is kept for the worker that will analyse the answer.
    if (config.role === 'web') await liveTranscripts.keepFrom(speech.live, recording);
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
  const authAccounts = createAuthAccounts(db, auth);
  const account = createAccountService({
    runInUnitOfWork,
    checkPassword: (userId, password) => authAccounts.checkPassword(userId, password),
    parts: accountDeletionParts({ db, recordingFiles: storage.recordings, sharing, authAccounts }),
    forgetCredentials: (id) => authenticator.forgetUser(id),
    log,
  });
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
    account,
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
      await interviewEvents.close();
      await queue.stop();
      await workers.close();
      await database.close();
    },
  };
}
