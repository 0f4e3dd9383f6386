import { randomUUID } from 'node:crypto';
import { analyzeAnswer, DomainError, notFound, type AnswerAnalysis, type Question } from '@rehearse/core';
import type { AnswerFeedback } from './analysis.schemas.ts';
import type { AnalysisRepository, KeptAnalysis } from './analyses.repository.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { LlmFeedback } from '../llm/llm-feedback.ts';

export function createAnalysisService(deps: {
  repository: AnalysisRepository;
  questions: QuestionService;
  llm?: LlmFeedback | undefined;
  /** Runs the analysis; off the event loop in the app (a worker thread), in-process when not given. */
  analyze?: (question: Question, answer: string) => Promise<AnswerAnalysis>;
  /** Told of each typed answer once analysed and kept (study mode grades the question's card from it). */
  onAnalysed?:
    | ((answer: { answerId: string; userId: string; questionId: string; analysis: AnswerAnalysis }) => Promise<void>)
    | undefined;
}) {
  const { repository, questions } = deps;
  const present = (kept: KeptAnalysis) => ({
    id: kept.id,
    questionId: kept.questionId,
    answer: kept.answer,
    createdAt: kept.createdAt,
    analysis: kept.analysis,
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
      const kept: KeptAnalysis = {
        id: randomUUID(),
        userId: viewer.id,
        questionId: question.id,
        answer,
        analysis: result as AnswerFeedback,
        createdAt: new Date().toISOString(),
      };
      await repository.insert(kept, Math.round(result.scores.overall));
      await deps.onAnalysed?.({
        answerId: `analysis:${kept.id}`,
        userId: viewer.id,
        questionId: question.id,
        analysis,
      });
      return present(kept);
    },

    async get(id: string, viewer: Viewer) {
      const kept = await repository.find(id, viewer.id);
      if (!kept) throw notFound('analysis', id);
      return present(kept);
    },

    /** Newest first; `before` is the (created_at, id) of the last item already seen. */
    async list(viewer: Viewer, limit: number, before?: { createdAt: string; id: string }) {
      const kept = await repository.listByUser(viewer.id, limit, before);
      return { rows: kept.slice(0, limit).map(present), more: kept.length > limit };
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
