import { summarizeInterview } from '@rehearse/core';
import type { AnswerService } from '../answers/answers.service.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { Interview, InterviewRepository } from './interviews.repository.ts';

/** End-of-interview summaries: the core's summary of the answers, and for a retake the attempt it retakes. */
export function createInterviewSummaries(deps: {
  repository: InterviewRepository;
  answers: Pick<AnswerService, 'ofInterview'>;
  questions: QuestionService;
}) {
  const { repository, questions } = deps;

  async function summarize(interview: Interview, viewer: Viewer) {
    const answered = await Promise.all(
      (await deps.answers.ofInterview(interview.id)).map(async (answer) => {
        const { question } = await questions.get(answer.questionId, viewer);
        return {
          questionId: answer.questionId,
          prompt: question.prompt,
          category: question.category,
          kind: answer.kind,
          analysis: answer.analysis,
        };
      }),
    );
    return summarizeInterview(answered);
  }

  return {
    /** The summary of an interview the viewer owns (already checked by the caller). */
    async of(interview: Interview, viewer: Viewer) {
      const previous = interview.retakeOf ? await repository.find(interview.retakeOf, viewer.id) : undefined;
      const before = previous ? await summarize(previous, viewer) : null;
      return {
        ...(await summarize(interview, viewer)),
        previousAttempt:
          previous && before
            ? {
                interviewId: previous.id,
                createdAt: previous.createdAt,
                overall: before.overall,
                byDimension: before.byDimension,
              }
            : null,
      };
    },
  };
}
