// An interview as the API shows it: its plan with each question's prompt, where it stands, the current turn, the
// answers given so far and the hands-on rounds with their results.
import type { HandsOnCatalog, HandsOnKind } from '@rehearse/core';
import type { AnswerService } from '../answers/answers.service.ts';
import type { QuestionService } from '../questions/questions.service.ts';
import type { Interview } from './interviews.repository.ts';

/** What the interviews module needs of the coding and review rounds, without knowing them. */
export interface HandsOnPort {
  catalog(): HandsOnCatalog;
  /** The best submitted result for each hands-on slot of the interview, by kind and id. */
  results(interviewId: string, userId: string): Promise<HandsOnResult[]>;
}

export interface HandsOnResult {
  readonly kind: HandsOnKind;
  readonly id: string;
  /** The attempt or review submission that scored best. */
  readonly resultId: string;
  readonly overall: number;
}

export function createInterviewViews(deps: {
  questions: Pick<QuestionService, 'get'>;
  answers: Pick<AnswerService, 'presented'>;
  handsOn?: HandsOnPort | undefined;
  now: () => string;
}) {
  async function presentHandsOn(interview: Interview) {
    const slots = interview.plan.handsOn ?? [];
    const results = slots.length && deps.handsOn ? await deps.handsOn.results(interview.id, interview.userId) : [];
    return slots.map((slot) => {
      const result = results.find((r) => r.kind === slot.kind && r.id === slot.id);
      return { ...slot, result: result ? { id: result.resultId, overall: result.overall } : null };
    });
  }

  return {
    async present(interview: Interview) {
      const { plan, state } = interview;
      const prompts = new Map<string, string>();
      for (const planned of plan.questions) {
        const { question } = await deps.questions.get(planned.questionId, { id: interview.userId });
        prompts.set(planned.questionId, question.prompt);
      }
      const turn = state.turn;
      const planned = turn ? plan.questions[turn.questionIndex] : undefined;
      return {
        id: interview.id,
        status: interview.status,
        createdAt: interview.createdAt,
        retakeOf: interview.retakeOf,
        settings: interview.settings,
        plan: plan.questions.map((q) => ({ ...q, prompt: prompts.get(q.questionId) ?? '' })),
        state,
        // Seconds, not a timestamp: the page's clock may differ from ours, but it can count from when it heard this.
        secondsInPhase: Math.max(0, Math.round((Date.parse(deps.now()) - Date.parse(interview.updatedAt)) / 1000)),
        current:
          turn && planned
            ? {
                turnId: turn.id,
                kind: turn.kind,
                questionId: turn.questionId,
                prompt: turn.probe?.text ?? prompts.get(turn.questionId) ?? '',
                tip: turn.tip,
                category: planned.category,
                targetSeconds: turn.kind === 'question' ? planned.targetSeconds : Math.round(planned.targetSeconds / 2),
              }
            : null,
        turns: await deps.answers.presented(interview.id, interview.userId),
        handsOn: await presentHandsOn(interview),
      };
    },
  };
}
