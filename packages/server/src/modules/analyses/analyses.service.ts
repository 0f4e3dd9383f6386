import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { analyzeAnswer, DomainError, notFound, type AnswerAnalysis, type Question } from '@rehearse/core';
import type { Database } from '../../db/schema.ts';
import type { AnswerFeedback } from './analysis.schemas.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { LlmFeedback } from '../llm/llm-feedback.ts';

export function createAnalysisService(deps: {
  db: Kysely<Database>;
  questions: QuestionService;
  llm?: LlmFeedback | undefined;
  /** Runs the analysis; off the event loop in the app (a worker thread), in-process when not given. */
  analyze?: (question: Question, answer: string) => Promise<AnswerAnalysis>;
  /** Told of each typed answer once analysed and kept (study mode grades the question's card from it). */
  onAnalysed?:
    | ((answer: { answerId: string; userId: string; questionId: string; analysis: AnswerAnalysis }) => Promise<void>)
    | undefined;
}) {
  const { db, questions } = deps;
  const present = (row: {
    id: string;
    question_id: string;
    answer_text: string;
    result: string;
    created_at: string;
  }) => ({
    id: row.id,
    questionId: row.question_id,
    answer: row.answer_text,
    createdAt: row.created_at,
    analysis: JSON.parse(row.result) as AnswerFeedback,
  });

  return {
    /** Analyses a typed answer and keeps the result in the viewer's history. */
    async analyzeTyped(questionId: string, answer: string, viewer: Viewer) {
      const { question, retired } = await questions.get(questionId, viewer);
      if (retired)
        throw new DomainError(
          'invalid',
          'question-retired',
          'This question was retired from the bank; pick another one.',
        );
      const analysis = deps.analyze
        ? await deps.analyze(question, answer)
        : analyzeAnswer(question, answer, { index: await questions.bankIndex() });
      // An optional language model adds words, never scores; without one the analysis is complete on its own.
      const result = { ...analysis, llm: deps.llm ? await deps.llm.narrate(question, answer, analysis) : null };
      const row = {
        id: randomUUID(),
        user_id: viewer.id,
        question_id: question.id,
        answer_text: answer,
        overall_score: Math.round(result.scores.overall),
        result: JSON.stringify(result),
        created_at: new Date().toISOString(),
      };
      await db.insertInto('analyses').values(row).execute();
      await deps.onAnalysed?.({ answerId: `analysis:${row.id}`, userId: viewer.id, questionId: question.id, analysis });
      return present(row);
    },

    async get(id: string, viewer: Viewer) {
      const row = await db
        .selectFrom('analyses')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', viewer.id)
        .executeTakeFirst();
      if (!row) throw notFound('analysis', id);
      return present(row);
    },

    /** Newest first; `before` is the (created_at, id) of the last item already seen. */
    async list(viewer: Viewer, limit: number, before?: { createdAt: string; id: string }) {
      let query = db.selectFrom('analyses').selectAll().where('user_id', '=', viewer.id);
      if (before) {
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '<', before.createdAt),
            eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      return { rows: rows.slice(0, limit).map(present), more: rows.length > limit };
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
