// A flash card per (candidate, question), scheduled by FSRS (ts-fsrs). The card is kept as plain data with ISO
// times, so it goes into a database row or a JSON response as it is; ts-fsrs's Date-based card exists only
// inside `gradeCard`. Every function takes the time as an argument: the domain never reads a clock.
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';

export const STUDY_GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type StudyGrade = (typeof STUDY_GRADES)[number];

/** new: never graded; learning and relearning: short steps (minutes) within a day; review: days apart. */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/** Who graded: the candidate on a flash card, or the analysis of an answer they gave in practice. */
export type ReviewSource = 'study' | 'practice';

export interface StudyCard {
  readonly questionId: string;
  readonly state: CardState;
  /** When the card is next due (ISO-8601). */
  readonly due: string;
  /** FSRS memory state: days until recall probability falls to 90 %, and how hard the card is (1–10). */
  readonly stability: number;
  readonly difficulty: number;
  /** Days between the last two reviews. */
  readonly elapsedDays: number;
  /** The interval the last review gave, in days (0 while in learning steps). */
  readonly scheduledDays: number;
  /** Which learning or relearning step the card is on. */
  readonly learningSteps: number;
  readonly reps: number;
  /** Times the card was forgotten after it had graduated to review. */
  readonly lapses: number;
  readonly lastReview: string | null;
}

/** One grading of one card, kept as the review log. */
export interface StudyReview {
  readonly questionId: string;
  readonly grade: StudyGrade;
  readonly source: ReviewSource;
  /** The card's state before this review: what the daily limits count (new cards introduced, reviews done). */
  readonly stateBefore: CardState;
  readonly reviewedAt: string;
  readonly elapsedDays: number;
  /** The interval this review gave, and the due time that follows from it. */
  readonly scheduledDays: number;
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
}

const RATING: Record<StudyGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
const STATE_NAME: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE_OF: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

// FSRS's default parameters: 90 % retention asked for, learning steps of 1 and 10 minutes, a relearning step of
// 10 minutes, no fuzz (so the same grades on the same days give the same intervals, and tests can say which).
let scheduler: FSRS | undefined;
const fsrsScheduler = () => (scheduler ??= fsrs());

/** A card never graded, due now: what a question is to the queue before its first review. */
export function newCard(questionId: string, now: Date): StudyCard {
  return fromFsrs(questionId, createEmptyCard(now));
}

/** Grades a card at `now`: the card as it is after the review, and the review's log entry. */
export function gradeCard(
  card: StudyCard,
  grade: StudyGrade,
  now: Date,
  source: ReviewSource,
): { card: StudyCard; review: StudyReview } {
  const next = fsrsScheduler().next(toFsrs(card), now, RATING[grade]);
  const after = fromFsrs(card.questionId, next.card);
  return {
    card: after,
    review: {
      questionId: card.questionId,
      grade,
      source,
      stateBefore: card.state,
      reviewedAt: now.toISOString(),
      elapsedDays: next.log.elapsed_days,
      scheduledDays: after.scheduledDays,
      due: after.due,
      stability: after.stability,
      difficulty: after.difficulty,
    },
  };
}

/** When the card would next be due after each grade: what the grade buttons say ("10 min", "3 d"). */
export function previewGrades(card: StudyCard, now: Date): Record<StudyGrade, { due: string; minutes: number }> {
  const preview = fsrsScheduler().repeat(toFsrs(card), now);
  const at = (grade: StudyGrade) => {
    const due = preview[RATING[grade]].card.due;
    return { due: due.toISOString(), minutes: Math.round((due.getTime() - now.getTime()) / 60_000) };
  };
  return { again: at('again'), hard: at('hard'), good: at('good'), easy: at('easy') };
}

function toFsrs(card: StudyCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_OF[card.state],
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

function fromFsrs(questionId: string, card: Card): StudyCard {
  return {
    questionId,
    state: STATE_NAME[card.state],
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}
