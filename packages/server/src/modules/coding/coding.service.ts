// The coding round: the problems (public views without hidden tests or references), and attempts, each checked by
// a background job on a worker thread and kept in the candidate's history.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  codingFollowUps,
  DomainError,
  notFound,
  type AnswerAnalysis,
  type Question,
  type CodeCheckReport,
  type CodeLanguage,
  type Level,
  type ProblemWithReferences,
} from '@rehearse/core';
import type { CodeAttemptsTable, Database } from '../../db/schema.ts';
import type { Writable } from '../../http/same-shape.ts';
import type { Viewer } from '../questions/questions.service.ts';
import { assertPlanned, type InterviewSlots } from '../interviews/hands-on-membership.ts';

export interface AttemptRequest {
  /** The full loop whose coding round this is (it must plan this problem). */
  readonly interviewId?: string | undefined;
  readonly language: CodeLanguage;
  readonly source: string;
  readonly mode: 'run' | 'submit';
  readonly customInputs: readonly string[];
}

export interface CodingDeps {
  readonly db: Kysely<Database>;
  readonly problems: readonly ProblemWithReferences[];
  /** Queues the check of an attempt (the job calls `completeAttempt`). */
  readonly scheduleCheck: (attemptId: string) => Promise<void>;
  /** Runs a check off the event loop (a worker thread). */
  readonly check: (request: { problem: ProblemWithReferences } & AttemptRequest) => Promise<CodeCheckReport>;
  /** The hands-on slots of one of the viewer's interviews, or null when it is not theirs. */
  readonly interviewSlots: InterviewSlots;
  /** Analyses a typed answer to a follow-up question off the event loop, as spoken and typed answers are. */
  readonly analyze: (question: Question, answer: string) => Promise<AnswerAnalysis>;
}

export interface FollowUpAnswer {
  readonly followUpId: string;
  readonly prompt: string;
  readonly answer: string;
  readonly analysis: AnswerAnalysis;
  readonly answeredAt: string;
}

export function createCodingService(deps: CodingDeps) {
  const { db } = deps;
  const byId = new Map(deps.problems.map((p) => [p.problem.id, p]));
  const find = (id: string) => {
    const found = byId.get(id);
    if (!found) throw notFound('problem', id);
    return found;
  };

  return {
    list(filter: { level?: Level | undefined }) {
      return deps.problems
        .map((p) => p.problem)
        .filter((p) => !filter.level || p.level === filter.level)
        .map(({ id, title, level, tags }) => ({
          id,
          title,
          level,
          tags,
          languages: ['typescript', 'javascript'] as CodeLanguage[],
        }));
    },

    /** What a candidate sees before submitting: no hidden tests, no references, no hints of what good code shows. */
    get(id: string) {
      const { problem } = find(id);
      return {
        id: problem.id,
        title: problem.title,
        level: problem.level,
        tags: problem.tags,
        kind: problem.kind,
        entry: problem.entry,
        statement: problem.statement,
        starter: problem.starter,
        visibleTests: problem.tests.visible.map((test) => ({
          name: test.name,
          input: 'ops' in test ? test.ops : test.args,
          expected: test.throws ? null : (test.expected ?? null),
          throws: test.throws ?? false,
        })),
        hiddenTestCount: problem.tests.hidden.length + problem.tests.large.length,
        targetComplexity: problem.complexity,
      };
    },

    async createAttempt(problemId: string, request: AttemptRequest, viewer: Viewer) {
      find(problemId);
      for (const input of request.customInputs) assertJsonArray(input);
      if (request.interviewId)
        await assertPlanned(deps.interviewSlots, request.interviewId, 'coding', problemId, viewer);
      const row = {
        id: randomUUID(),
        user_id: viewer.id,
        problem_id: problemId,
        language: request.language,
        mode: request.mode,
        source: request.source,
        custom_inputs: JSON.stringify(request.customInputs),
        status: 'queued' as const,
        report: null,
        overall_score: null,
        error: null,
        follow_up_answers: '[]',
        interview_id: request.interviewId ?? null,
        created_at: new Date().toISOString(),
        finished_at: null,
      };
      await db.insertInto('code_attempts').values(row).execute();
      await deps.scheduleCheck(row.id);
      return present(row, find(problemId));
    },

    /** The job's work: idempotent, a checked attempt is left as it is. */
    async completeAttempt(attemptId: string) {
      const row = await db.selectFrom('code_attempts').selectAll().where('id', '=', attemptId).executeTakeFirst();
      if (!row || row.status !== 'queued') return;
      const report = await deps.check({
        problem: find(row.problem_id),
        language: row.language as CodeLanguage,
        source: row.source,
        mode: row.mode,
        customInputs: JSON.parse(row.custom_inputs) as string[],
      });
      await db
        .updateTable('code_attempts')
        .set({
          status: 'done',
          report: JSON.stringify(report),
          overall_score: row.mode === 'submit' ? report.scores.overall : null,
          finished_at: new Date().toISOString(),
        })
        .where('id', '=', attemptId)
        .where('status', '=', 'queued')
        .execute();
    },

    async failAttempt(attemptId: string, error: string) {
      await db
        .updateTable('code_attempts')
        .set({ status: 'failed', error, finished_at: new Date().toISOString() })
        .where('id', '=', attemptId)
        .where('status', '=', 'queued')
        .execute();
    },

    /**
     * An answer to one of the debrief's questions (complexity, edge cases, the problem's own), scored by the answer
     * analysis and kept with the attempt; answering the same question again replaces the earlier answer.
     */
    async answerFollowUp(attemptId: string, followUpId: string, answer: string, viewer: Viewer) {
      const row = await db
        .selectFrom('code_attempts')
        .selectAll()
        .where('id', '=', attemptId)
        .where('user_id', '=', viewer.id)
        .executeTakeFirst();
      if (!row) throw notFound('attempt', attemptId);
      if (row.mode !== 'submit' || row.status !== 'done')
        throw new DomainError(
          'conflict',
          'not-submitted',
          'Follow-up questions come after a submitted, checked attempt.',
        );
      const followUp = codingFollowUps(find(row.problem_id).problem).find((f) => f.id === followUpId);
      if (!followUp) throw notFound('follow-up question', followUpId);
      const answered: FollowUpAnswer = {
        followUpId,
        prompt: followUp.question.prompt,
        answer,
        analysis: await deps.analyze(followUp.question, answer),
        answeredAt: new Date().toISOString(),
      };
      const earlier = (JSON.parse(row.follow_up_answers) as FollowUpAnswer[]).filter(
        (a) => a.followUpId !== followUpId,
      );
      await db
        .updateTable('code_attempts')
        .set({ follow_up_answers: JSON.stringify([...earlier, answered]) })
        .where('id', '=', attemptId)
        .execute();
      return answered as Writable<FollowUpAnswer>;
    },

    /** The best checked submit of a full loop's coding round. */
    async bestForInterview(interviewId: string, userId: string) {
      return db
        .selectFrom('code_attempts')
        .select(['id', 'problem_id', 'overall_score'])
        .where('interview_id', '=', interviewId)
        .where('user_id', '=', userId)
        .where('status', '=', 'done')
        .where('mode', '=', 'submit')
        .orderBy('overall_score', 'desc')
        .executeTakeFirst();
    },

    async getAttempt(attemptId: string, viewer: Viewer) {
      const row = await db
        .selectFrom('code_attempts')
        .selectAll()
        .where('id', '=', attemptId)
        .where('user_id', '=', viewer.id)
        .executeTakeFirst();
      if (!row) throw notFound('attempt', attemptId);
      return present(row, byId.get(row.problem_id));
    },

    async listAttempts(problemId: string, viewer: Viewer) {
      const rows = await db
        .selectFrom('code_attempts')
        .selectAll()
        .where('user_id', '=', viewer.id)
        .where('problem_id', '=', problemId)
        .orderBy('created_at', 'desc')
        .limit(50)
        .execute();
      return rows.map((row) => present(row, byId.get(row.problem_id)));
    },
  };
}

export type CodingService = ReturnType<typeof createCodingService>;

function assertJsonArray(input: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch {
    throw new DomainError('invalid', 'custom-input', `Your input is not valid JSON: ${input.slice(0, 80)}`);
  }
  if (!Array.isArray(parsed))
    throw new DomainError(
      'invalid',
      'custom-input',
      'Your input must be a JSON array: the arguments, or the operations.',
    );
}

/** After a submit, the problem's follow-up questions and what good code shows join the report. */
function present(row: CodeAttemptsTable, problem: ProblemWithReferences | undefined) {
  const done = row.status === 'done' && row.mode === 'submit';
  return {
    id: row.id,
    problemId: row.problem_id,
    language: row.language as CodeLanguage,
    mode: row.mode,
    status: row.status,
    source: row.source,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    interviewId: row.interview_id,
    error: row.error,
    report: row.report ? (JSON.parse(row.report) as Writable<CodeCheckReport>) : null,
    debrief:
      done && problem
        ? {
            followUps: problem.problem.followUps,
            goodCode: problem.problem.goodCode,
            complexity: problem.problem.complexity,
            questions: codingFollowUps(problem.problem).map((f) => ({ id: f.id, prompt: f.question.prompt })),
            answers: JSON.parse(row.follow_up_answers) as Writable<FollowUpAnswer>[],
          }
        : null,
  };
}
