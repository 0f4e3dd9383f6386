// Study mode: the checklist, the queue of cards to study now, grading a card, the daily limits, and the grade an
// analysed practice answer gives its card. The rules are the core's; this service reads and writes through the
// repository, with the clock it is given.
import {
  buildChecklist,
  buildQueue,
  DEFAULT_STUDY_LIMITS,
  DomainError,
  gradeCard,
  gradeFromAnswer,
  introductionOrder,
  newCard,
  previewGrades,
  studiedToday,
  studyDay,
  thinkingSeconds,
  type AnswerAnalysis,
  type Category,
  type Checklist,
  type ChecklistState,
  type Level,
  type Question,
  type Round,
  type StudyGrade,
  type StudyLimits,
} from '@rehearse/core';
import type { RunInUnitOfWork } from '../../db/unit-of-work.ts';
import type { Writable } from '../../http/same-shape.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { ReviewOrigin, StudyRepository } from './study.repository.ts';

export interface StudyScope {
  category?: Category | undefined;
  level?: Level | undefined;
  round?: Round | undefined;
}

/** An answer whose analysis just finished: what the practice modules tell study mode (see composition.ts). */
export interface AnalysedAnswer {
  /** Unique across the app, prefixed by where it came from (`analysis:…`, `turn:…`): it grades its card once. */
  readonly answerId: string;
  readonly userId: string;
  readonly questionId: string;
  readonly analysis: Pick<AnswerAnalysis, 'verdict' | 'keyPoints' | 'substance'>;
}

export interface StudyServiceDeps {
  repository: StudyRepository;
  /** A grading reads the card and writes the review and the card in one unit of work. */
  runInUnitOfWork: RunInUnitOfWork;
  questions: Pick<QuestionService, 'list' | 'get'>;
  now?: () => Date;
}

/** How often a grading that lost a race to another grading of the same card reads the card again. */
const STALE_RETRIES = 3;
/** The most cards one queue response describes in full (the counts cover them all). */
export const QUEUE_PAGE_MAX = 50;

class StaleCard extends Error {}

export function createStudyService(deps: StudyServiceDeps) {
  const { repository, questions } = deps;
  const now = deps.now ?? (() => new Date());

  const limitsOf = async (userId: string) => (await repository.limits(userId)) ?? DEFAULT_STUDY_LIMITS;

  /** The active questions a user may study (the bank's and their own), in scope. */
  const inScope = (viewer: Viewer, scope: StudyScope) =>
    questions.list({ category: scope.category, level: scope.level, round: scope.round }, viewer);

  async function visibleQuestion(questionId: string, viewer: Viewer): Promise<Question> {
    const { question, retired } = await questions.get(questionId, viewer);
    if (retired)
      throw new DomainError('invalid', 'question-retired', 'This question was retired from the bank; it has no card.');
    return question;
  }

  /**
   * Grades a card at `at`, reading it again when another grading got there first. A practice grade whose answer
   * already graded the card changes nothing.
   */
  async function apply(
    userId: string,
    questionId: string,
    grade: StudyGrade,
    source: 'study' | 'practice',
    options: { expectedReps?: number | undefined; origin?: ReviewOrigin | undefined },
  ) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await deps.runInUnitOfWork(async (uow) => {
          const before = await repository.card(userId, questionId, uow);
          if (options.expectedReps !== undefined && options.expectedReps !== (before?.reps ?? 0))
            throw new DomainError(
              'conflict',
              'card-changed',
              'This card was graded since you saw it (in another tab?): here it is as it is now.',
            );
          const at = now();
          const graded = gradeCard(before ?? newCard(questionId, at), grade, at, source);
          const saved = await repository.saveReview(uow, userId, before, graded.card, graded.review, options.origin);
          if (saved === 'stale') throw new StaleCard();
          return saved === 'duplicate' ? null : graded;
        });
      } catch (error) {
        if (!(error instanceof StaleCard) || attempt >= STALE_RETRIES) throw error;
      }
    }
  }

  return {
    async checklist(viewer: Viewer, filter: StudyScope & { state?: ChecklistState | undefined }) {
      const [visible, cards, practice] = await Promise.all([
        inScope(viewer, filter),
        repository.cards(viewer.id),
        repository.practice(viewer.id),
      ]);
      const byId = new Map(cards.map((card) => [card.questionId, card]));
      const checklist = buildChecklist(
        visible.map((v) => v.question),
        byId,
        practice,
        filter,
      );
      return checklist as Writable<Checklist>;
    },

    /**
     * The cards to study now, in order, with due counts; the first `limit` described in full (prompt, thinking
     * time, when each grade would bring the card back). `utcOffsetMinutes` places the study day in the
     * candidate's time zone.
     */
    async queue(viewer: Viewer, options: StudyScope & { utcOffsetMinutes: number; limit: number }) {
      const at = now();
      const day = studyDay(at, options.utcOffsetMinutes);
      const [visible, cards, limits, reviewsToday] = await Promise.all([
        inScope(viewer, options),
        repository.cards(viewer.id),
        limitsOf(viewer.id),
        repository.studyReviewsSince(viewer.id, day.start.toISOString()),
      ]);
      const byId = new Map(visible.map((v) => [v.question.id, v.question]));
      const scoped = cards.filter((card) => byId.has(card.questionId));
      const withCard = new Set(scoped.map((card) => card.questionId));
      // The order is the whole scope's, so that studying one card does not reshuffle the rest.
      const unseen = introductionOrder(visible.map((v) => v.question)).filter((q) => !withCard.has(q.id));
      const queue = buildQueue({
        now: at,
        day,
        limits,
        cards: scoped,
        unseen: unseen.map((q) => q.id),
        today: studiedToday(reviewsToday, day),
      });
      const cardOf = new Map(scoped.map((card) => [card.questionId, card]));
      return {
        counts: queue.counts,
        heldBack: queue.heldBack,
        nextDue: queue.nextDue,
        limits,
        dayEndsAt: day.end.toISOString(),
        cards: queue.cards.slice(0, Math.min(options.limit, QUEUE_PAGE_MAX)).map((queued) => {
          const question = byId.get(queued.questionId)!;
          const card = cardOf.get(queued.questionId) ?? newCard(queued.questionId, at);
          return {
            ...queued,
            reps: card.reps,
            lapses: card.lapses,
            prompt: question.prompt,
            category: question.category,
            level: question.level,
            round: question.round,
            thinkingSeconds: thinkingSeconds(question.targetSeconds),
            next: previewGrades(card, at),
          };
        }),
      };
    },

    /**
     * The candidate grades a card. With `expectedReps` (the reps the card had when shown), a second grading of
     * the same showing (a double press, another tab) is refused rather than counted twice.
     */
    async grade(viewer: Viewer, questionId: string, grade: StudyGrade, expectedReps?: number) {
      await visibleQuestion(questionId, viewer);
      // A flash-card review has no answer behind it, so it is never a duplicate.
      const graded = await apply(viewer.id, questionId, grade, 'study', { expectedReps });
      if (!graded) throw new Error('a flash-card review was taken for a duplicate');
      return graded;
    },

    /** A card with its latest reviews; a question never studied has a new card and none. */
    async card(viewer: Viewer, questionId: string) {
      await visibleQuestion(questionId, viewer);
      const card = (await repository.card(viewer.id, questionId)) ?? newCard(questionId, now());
      return { card, reviews: await repository.reviewsOf(viewer.id, questionId, 50) };
    },

    limits: (viewer: Viewer) => limitsOf(viewer.id),

    async setLimits(viewer: Viewer, limits: StudyLimits) {
      await repository.saveLimits(viewer.id, limits, now().toISOString());
      return limits;
    },

    /**
     * Practice feeds the schedule: an analysed answer grades its question's card once, however often its
     * analysis is delivered (a job retried, a transcript corrected). 'skipped' when the answer says nothing of
     * recall, or its question is not one the user can study (retired, or a coding round's own follow-up).
     */
    async gradeFromPractice(answer: AnalysedAnswer): Promise<'graded' | 'already' | 'skipped'> {
      const fromAnswer = gradeFromAnswer(answer.analysis);
      if (!fromAnswer) return 'skipped';
      if (await repository.answerCounted(answer.answerId)) return 'already';
      const viewer = { id: answer.userId };
      try {
        await visibleQuestion(answer.questionId, viewer);
      } catch (error) {
        if (error instanceof DomainError) return 'skipped';
        throw error;
      }
      const graded = await apply(answer.userId, answer.questionId, fromAnswer.grade, 'practice', {
        origin: { answerId: answer.answerId, coverage: fromAnswer.coverage },
      });
      return graded ? 'graded' : 'already';
    },
  };
}

export type StudyService = ReturnType<typeof createStudyService>;
