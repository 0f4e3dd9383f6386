// What the composition root hands the app, the worker and the CLI: every service and adapter, chosen and wired in
// composition.ts. Routes take the parts they need.
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import type { AccountService } from './modules/account/account.service.ts';
import type { AnalysisService } from './modules/analyses/analyses.service.ts';
import type { AnswerService } from './modules/answers/answers.service.ts';
import type { Auth } from './modules/auth/auth.ts';
import type { Authenticator } from './modules/auth/authenticate.ts';
import type { SignInThrottle } from './modules/auth/sign-in-throttle.ts';
import type { CodingService } from './modules/coding/coding.service.ts';
import type { HistoryService } from './modules/history/history.service.ts';
import type { InterviewEvents } from './modules/interviews/interview-events.ts';
import type { InterviewService } from './modules/interviews/interviews.service.ts';
import type { KitService } from './modules/kits/kits.service.ts';
import type { Metrics } from './modules/metrics/metrics.ts';
import type { ProgressService } from './modules/progress/progress.service.ts';
import type { QuestionService } from './modules/questions/questions.service.ts';
import type { RecordingService } from './modules/recordings/recordings.service.ts';
import type { ReportService } from './modules/reports/reports.service.ts';
import type { ReviewService } from './modules/reviews/reviews.service.ts';
import type { Sharing } from './modules/sharing/sharing.module.ts';
import type { Speech } from './modules/speech/speech-wiring.ts';
import type { Availability } from './modules/speech/transcriber.ts';
import type { StudyService } from './modules/study/study.service.ts';
import type { TeamService } from './modules/teams/teams.service.ts';
import type { TokenService } from './modules/tokens/tokens.service.ts';
import type { RecordingReadyHook } from './modules/uploads/recording-intake.ts';
import type { UploadService } from './modules/uploads/uploads.service.ts';
import type { UserService } from './modules/users/users.service.ts';
import type { RoleQueue } from './roles.ts';
import type { WorkerPool } from './workers/worker-pool.ts';

export interface Dependencies {
  config: Config;
  version: string;
  database: DatabaseHandle;
  pingDatabase: () => Promise<boolean>;
  auth: Auth;
  authenticator: Authenticator;
  /** Administration of accounts (roles). */
  users: UserService;
  /** Deleting one's own account and everything it owns. */
  account: AccountService;
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
