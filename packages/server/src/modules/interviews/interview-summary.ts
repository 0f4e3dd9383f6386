import { summarizeInterview, type AnswerAnalysis } from '@rehearse/core';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { InterviewRepository, InterviewRow } from './interviews.repository.ts';

/** End-of-interview summaries: the core's summary of the answers, and for a retake the attempt it retakes. */
export function createInterviewSummaries(deps: { repository: InterviewRepository; questions: QuestionService }) {
  const { repository, questions } = deps;

  async function summarize(row: InterviewRow, viewer: Viewer) {
    const answered = await Promise.all(
      (await repository.turns(row.id)).map(async (turn) => {
        const { question } = await questions.get(turn.question_id, viewer);
        return {
          questionId: turn.question_id,
          prompt: question.prompt,
          category: question.category,
          kind: turn.kind,
          analysis: turn.analysis ? (JSON.parse(turn.analysis) as AnswerAnalysis) : null,
        };
      }),
    );
    return summarizeInterview(answered);
  }

  return {
    /** The summary of an interview the viewer owns (already checked by the caller). */
    async of(row: InterviewRow, viewer: Viewer) {
      const previous = row.retake_of ? await repository.find(row.retake_of, viewer.id) : undefined;
      const before = previous ? await summarize(previous, viewer) : null;
      return {
        ...(await summarize(row, viewer)),
        previousAttempt:
          previous && before
            ? {
                interviewId: previous.id,
                createdAt: previous.created_at,
                overall: before.overall,
                byDimension: before.byDimension,
              }
            : null,
      };
    },
  };
}
