// The coding round: the problems (public views without hidden tests or references), and attempts, each checked by
// a background job on a worker thread and kept in the candidate's history.
import { randomUUID } from 'node:crypto';
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
import type { Writable } from '../../http/same-shape.ts';
import type { Viewer } from '../questions/questions.service.ts';
import { assertPlanned, type InterviewSlots } from '../interviews/hands-on-membership.ts';
import type { CodeAttempt, CodeAttemptRepository, FollowUpAnswer } from './coding.repository.ts';

export type { FollowUpAnswer } from './coding.repository.ts';

export interface AttemptRequest {
  /** The full loop whose coding round this is (it must plan this problem). */
  readonly interviewId?: string | undefined;
  readonly language: CodeLanguage;
  readonly source: string;
  readonly mode: 'run' | 'submit';
  readonly customInputs: readonly string[];
}

export interface CodingDeps {
  readonly repository: CodeAttemptRepository;
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

export function createCodingService(deps: CodingDeps) {
  const { repository } = deps;
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
      const attempt: CodeAttempt = {
        id: randomUUID(),
        userId: viewer.id,
        problemId,
        language: request.language,
        mode: request.mode,
        source: request.source,
        customInputs: request.customInputs,
        status: 'queued',
        report: null,
        overallScore: null,
        error: null,
        followUpAnswers: [],
        interviewId: request.interviewId ?? null,
        createdAt: new Date().toISOString(),
        finishedAt: null,
      };
      await repository.insert(attempt);
      await deps.scheduleCheck(attempt.id);
      return present(attempt, find(problemId));
    },

    /** The job's work: idempotent, a checked attempt is left as it is. */
    async completeAttempt(attemptId: string) {
      const attempt = await repository.find(attemptId);
      if (!attempt || attempt.status !== 'queued') return;
      const report = await deps.check({
        problem: find(attempt.problemId),
        language: attempt.language,
        source: attempt.source,
        mode: attempt.mode,
        customInputs: attempt.customInputs,
      });
      await repository.complete(attemptId, {
        report,
        overallScore: attempt.mode === 'submit' ? report.scores.overall : null,
        finishedAt: new Date().toISOString(),
      });
    },

    async failAttempt(attemptId: string, error: string) {
      await repository.fail(attemptId, error, new Date().toISOString());
    },

    /**
     * An answer to one of the debrief's questions (complexity, edge cases, the problem's own), scored by the answer
     * analysis and kept with the attempt; answering the same question again replaces the earlier answer.
     */
    async answerFollowUp(attemptId: string, followUpId: string, answer: string, viewer: Viewer) {
      const attempt = await repository.findOwn(attemptId, viewer.id);
      if (!attempt) throw notFound('attempt', attemptId);
      if (attempt.mode !== 'submit' || attempt.status !== 'done')
        throw new DomainError(
          'conflict',
          'not-submitted',
          'Follow-up questions come after a submitted, checked attempt.',
        );
      const followUp = codingFollowUps(find(attempt.problemId).problem).find((f) => f.id === followUpId);
      if (!followUp) throw notFound('follow-up question', followUpId);
      const answered: FollowUpAnswer = {
        followUpId,
        prompt: followUp.question.prompt,
        answer,
        analysis: await deps.analyze(followUp.question, answer),
        answeredAt: new Date().toISOString(),
      };
      const earlier = attempt.followUpAnswers.filter((a) => a.followUpId !== followUpId);
      await repository.saveFollowUpAnswers(attemptId, [...earlier, answered]);
      return answered as Writable<FollowUpAnswer>;
    },

    /** The best checked submit of a full loop's coding round. */
    bestForInterview: (interviewId: string, userId: string) => repository.bestSubmit(interviewId, userId),

    async getAttempt(attemptId: string, viewer: Viewer) {
      const attempt = await repository.findOwn(attemptId, viewer.id);
      if (!attempt) throw notFound('attempt', attemptId);
      return present(attempt, byId.get(attempt.problemId));
    },

    async listAttempts(problemId: string, viewer: Viewer) {
      const attempts = await repository.ofProblem(viewer.id, problemId, 50);
      return attempts.map((attempt) => present(attempt, byId.get(attempt.problemId)));
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
function present(attempt: CodeAttempt, problem: ProblemWithReferences | undefined) {
  const done = attempt.status === 'done' && attempt.mode === 'submit';
  return {
    id: attempt.id,
    problemId: attempt.problemId,
    language: attempt.language,
    mode: attempt.mode,
    status: attempt.status,
    source: attempt.source,
    createdAt: attempt.createdAt,
    finishedAt: attempt.finishedAt,
    interviewId: attempt.interviewId,
    error: attempt.error,
    report: attempt.report as Writable<CodeCheckReport> | null,
    debrief:
      done && problem
        ? {
            followUps: problem.problem.followUps,
            goodCode: problem.problem.goodCode,
            complexity: problem.problem.complexity,
            questions: codingFollowUps(problem.problem).map((f) => ({ id: f.id, prompt: f.question.prompt })),
            answers: attempt.followUpAnswers as Writable<FollowUpAnswer>[],
          }
        : null,
  };
}
