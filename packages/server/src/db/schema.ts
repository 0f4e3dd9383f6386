import type { ColumnType, Generated } from 'kysely';
import type { IsoTime } from './iso-time.ts';
import type * as Hiring from './hiring-tables.ts';

// The hiring tables live in hiring-tables.ts; their types are still named from here.
export type * from './hiring-tables.ts';

export interface QuestionsTable {
  id: string;
  /** null for the shared bank; the owning user for a user's own question. */
  owner_id: string | null;
  category: string;
  level: string;
  round: string;
  prompt: string;
  /** The whole validated question as JSON text. */
  body: string;
  content_hash: string;
  retired_at: IsoTime | null;
  created_at: IsoTime;
  updated_at: IsoTime;
}

export interface AccessTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** The first characters of the token, shown so the owner can tell tokens apart. */
  prefix: string;
  created_at: IsoTime;
  last_used_at: IsoTime | null;
  expires_at: IsoTime | null;
  /** read, write or admin: see 0006-token-scopes. */
  scope: TokenScope;
}

export type TokenScope = 'read' | 'write' | 'admin';

export interface AnalysesTable {
  id: string;
  user_id: string;
  question_id: string;
  answer_text: string;
  overall_score: number;
  result: string;
  created_at: IsoTime;
}

export interface AppStateTable {
  key: string;
  value: string;
}

/** better-auth's user table, as far as our code reads it. */
export interface UserTable {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: Generated<string | Date>;
}

export interface InterviewsTable {
  id: string;
  user_id: string;
  settings: string;
  plan: string;
  state: string;
  version: number;
  status: 'active' | 'completed';
  /** The interview this one asks again, for a retake. */
  retake_of: string | null;
  created_at: IsoTime;
  updated_at: IsoTime;
}

export type TurnStatus = 'recording' | 'queued' | 'analysed' | 'failed';

export interface InterviewTurnsTable {
  /** `<interview id>:<turn id>`: one row per asked turn, so a repeated submission cannot create a second. */
  id: string;
  interview_id: string;
  user_id: string;
  turn_id: string;
  question_id: string;
  kind: 'question' | 'follow-up';
  prompt: string;
  mode: 'typed' | 'audio' | 'video';
  answer_text: string | null;
  recording_id: string | null;
  status: TurnStatus;
  analysis: string | null;
  /** Transcript and delivery measures of a spoken answer, as JSON. */
  spoken: string | null;
  /** Camera presence of a video answer (a `CameraPresenceSummary`), as JSON; null without camera data. */
  camera: string | null;
  error: string | null;
  created_at: IsoTime;
  updated_at: IsoTime;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobsTable {
  id: string;
  type: string;
  /** The task's payload as JSON text. */
  payload: string;
  status: JobStatus;
  /** Attempts started so far, counting the one running now. */
  attempts: number;
  max_attempts: number;
  /** Not claimed before this time (enqueue time, `runAt`, or the next retry after a backoff). */
  run_after: IsoTime;
  /** A running job whose lease passed this time is presumed abandoned (its process died) and claimed again. */
  locked_until: IsoTime | null;
  locked_by: string | null;
  idempotency_key: string | null;
  result: string | null;
  last_error: string | null;
  created_at: IsoTime;
  updated_at: IsoTime;
  finished_at: IsoTime | null;
}

export interface RecordingsTable {
  id: string;
  user_id: string;
  answer_id: string | null;
  /** Relative to DATA_DIR. */
  path: string;
  mime: string;
  /** bigint: a string on PostgreSQL, a number on SQLite; repositories convert. */
  bytes: ColumnType<number | string, number, number>;
  /** SHA-256 (hex) of the bytes as the client uploaded them, before any remux. */
  sha256: string;
  duration_sec: number | null;
  created_at: IsoTime;
}

export interface CodeAttemptsTable {
  id: string;
  user_id: string;
  problem_id: string;
  language: string;
  /** run: visible tests and the candidate's own inputs; submit: every test, scored. */
  mode: 'run' | 'submit';
  source: string;
  /** JSON array of inputs (each the JSON text of args or ops). */
  custom_inputs: string;
  status: 'queued' | 'done' | 'failed';
  /** The CodeCheckReport as JSON text, once done. */
  report: string | null;
  overall_score: number | null;
  error: string | null;
  /** JSON array of {followUpId, prompt, answer, analysis}: the debrief's questions answered. */
  follow_up_answers: string;
  /** The full loop this attempt is the coding round of, if any. */
  interview_id: string | null;
  created_at: IsoTime;
  finished_at: IsoTime | null;
}

export interface ReviewSubmissionsTable {
  id: string;
  user_id: string;
  exercise_id: string;
  /** The candidate's review as JSON text: {comments, summary, verdict}. */
  submission: string;
  /** The ReviewCheck as JSON text. */
  result: string;
  overall_score: number;
  /** The full loop this review is the review round of, if any. */
  interview_id: string | null;
  created_at: IsoTime;
}

/** A flash card per (user, question): its FSRS schedule (see `StudyCard` in the core). */
export interface StudyCardsTable {
  user_id: string;
  question_id: string;
  state: 'new' | 'learning' | 'review' | 'relearning';
  due: IsoTime;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review: IsoTime | null;
  created_at: IsoTime;
  updated_at: IsoTime;
}

/** One grading of a card: from a flash card ('study'), or from an analysed answer ('practice', once per answer). */
export interface StudyReviewsTable {
  id: string;
  user_id: string;
  question_id: string;
  grade: 'again' | 'hard' | 'good' | 'easy';
  source: 'study' | 'practice';
  /** The answer that gave a practice grade (unique); null for a flash card. */
  answer_id: string | null;
  /** The answer's weighted key-point coverage, 0–1, for a practice grade. */
  coverage: number | null;
  state_before: StudyCardsTable['state'];
  elapsed_days: number;
  scheduled_days: number;
  stability: number;
  difficulty: number;
  due: IsoTime;
  reviewed_at: IsoTime;
}

export interface StudySettingsTable {
  user_id: string;
  new_per_day: number;
  reviews_per_day: number;
  updated_at: IsoTime;
}

/** What changed in an interview, in one order across processes (server-sent events replay by id). */
export interface InterviewEventsTable {
  id: Generated<number>;
  interview_id: string;
  reason: string;
  turn_id: string | null;
  created_at: string;
}

/** A transcript heard while an answer was uploaded, for whichever worker analyses it (result: JSON). */
export interface LiveTranscriptsTable {
  answer_id: string;
  sha256: string;
  result: string;
  created_at: string;
}

export interface Database {
  interview_events: InterviewEventsTable;
  live_transcripts: LiveTranscriptsTable;
  code_attempts: CodeAttemptsTable;
  review_submissions: ReviewSubmissionsTable;
  interviews: InterviewsTable;
  interview_turns: InterviewTurnsTable;
  questions: QuestionsTable;
  access_tokens: AccessTokensTable;
  analyses: AnalysesTable;
  app_state: AppStateTable;
  user: UserTable;
  jobs: JobsTable;
  recordings: RecordingsTable;
  study_cards: StudyCardsTable;
  study_reviews: StudyReviewsTable;
  study_settings: StudySettingsTable;
  kits: Hiring.KitsTable;
  kit_scorecards: Hiring.KitScorecardsTable;
  kit_practice_links: Hiring.KitPracticeLinksTable;
  teams: Hiring.TeamsTable;
  team_members: Hiring.TeamMembersTable;
  team_invitations: Hiring.TeamInvitationsTable;
}
