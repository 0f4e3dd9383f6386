// What to study now, in the order Anki shows it: cards in (re)learning that are due, by due time; then review
// cards due today, by due date; then new cards, in the order they are introduced. Daily limits cap the new cards
// introduced and the reviews done in a study day; learning cards are never capped, since a card left half-learnt
// is soon forgotten. The day turns over at 4 a.m. in the candidate's time zone, as Anki's does, so a late evening
// belongs to the day it started in.
import type { Category, Level } from '../questions/question.schema.ts';
import { CATEGORIES, LEVELS } from '../questions/taxonomy.ts';
import type { CardState, StudyCard, StudyReview } from './card.ts';

export interface StudyLimits {
  /** New cards introduced per study day. */
  readonly newPerDay: number;
  /** Review cards answered per study day. */
  readonly reviewsPerDay: number;
}

export const DEFAULT_STUDY_LIMITS: StudyLimits = { newPerDay: 20, reviewsPerDay: 200 };
/** The most either limit may be set to: far more than anyone studies in a day. */
export const STUDY_LIMIT_MAX = 9999;

/** The hour of local time at which a study day begins. */
export const DAY_ROLLOVER_HOUR = 4;
/**
 * When nothing else is left, a learning card due within this many minutes is shown at once rather than making
 * the candidate wait for it (Anki's "learn ahead limit").
 */
export const LEARN_AHEAD_MINUTES = 20;

/** Seconds to think before revealing a card: a quarter of the time the answer should take, 15 s to a minute. */
export function thinkingSeconds(targetSeconds: number): number {
  return Math.min(60, Math.max(15, Math.round(targetSeconds / 4 / 5) * 5));
}

export interface StudyDay {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The study day `now` falls in, for a candidate whose local time is `utcOffsetMinutes` ahead of UTC (60 in
 * Paris in winter, -300 in New York): from 4 a.m. local to 4 a.m. the next day.
 */
export function studyDay(now: Date, utcOffsetMinutes: number): StudyDay {
  const offset = utcOffsetMinutes * 60_000;
  const local = new Date(now.getTime() + offset);
  const rollover = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), DAY_ROLLOVER_HOUR);
  const startLocal = local.getTime() < rollover ? rollover - 86_400_000 : rollover;
  return { start: new Date(startLocal - offset), end: new Date(startLocal - offset + 86_400_000) };
}

/** What the limits have already counted today: flash-card reviews only (practice answers are not offered by
 * the queue, so they use none of its allowance). */
export function studiedToday(reviews: readonly StudyReview[], day: StudyDay): { newCards: number; reviews: number } {
  const start = day.start.toISOString();
  const end = day.end.toISOString();
  let newCards = 0;
  let reviewed = 0;
  for (const review of reviews) {
    if (review.source !== 'study' || review.reviewedAt < start || review.reviewedAt >= end) continue;
    if (review.stateBefore === 'new') newCards += 1;
    else if (review.stateBefore === 'review') reviewed += 1;
  }
  return { newCards, reviews: reviewed };
}

/**
 * The order new cards are introduced in: the easier levels first, and within a level one question of each
 * category in turn (in id order within a category), so a day's new cards span the subjects rather than
 * exhausting one.
 */
export function introductionOrder<Q extends { id: string; category: Category; level: Level }>(
  questions: readonly Q[],
): Q[] {
  const ordered: Q[] = [];
  for (const level of LEVELS) {
    const byCategory = CATEGORIES.map((category) =>
      questions
        .filter((q) => q.level === level && q.category === category)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );
    const rounds = Math.max(0, ...byCategory.map((list) => list.length));
    for (let i = 0; i < rounds; i++) for (const list of byCategory) if (list[i]) ordered.push(list[i]!);
  }
  return ordered;
}

export type QueueKind = 'learning' | 'review' | 'new';

export interface QueuedCard {
  readonly questionId: string;
  readonly kind: QueueKind;
  readonly state: CardState;
  /** null for a new card, which has no schedule yet. */
  readonly due: string | null;
}

export interface DueCounts {
  readonly new: number;
  readonly learning: number;
  readonly review: number;
}

export interface StudyQueue {
  readonly counts: DueCounts;
  /** Every card to study now, in order; the first is the one to show. */
  readonly cards: readonly QueuedCard[];
  /** Cards due today that the daily limits hold back until tomorrow. */
  readonly heldBack: { readonly new: number; readonly review: number };
  /** When nothing is due: when the next card will be (a learning step later today, or a review another day). */
  readonly nextDue: string | null;
}

export interface QueueInput {
  readonly now: Date;
  readonly day: StudyDay;
  readonly limits: StudyLimits;
  /** The candidate's cards, those of the questions in scope. */
  readonly cards: readonly StudyCard[];
  /** The questions in scope that have no card yet, in the order new cards are introduced. */
  readonly unseen: readonly string[];
  /** What was studied earlier in the day (see `studiedToday`). */
  readonly today: { readonly newCards: number; readonly reviews: number };
}

const byDue = (a: StudyCard, b: StudyCard) =>
  a.due < b.due ? -1 : a.due > b.due ? 1 : a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0;

export function buildQueue(input: QueueInput): StudyQueue {
  const now = input.now.toISOString();
  const dayEnd = input.day.end.toISOString();
  const aheadUntil = new Date(input.now.getTime() + LEARN_AHEAD_MINUTES * 60_000).toISOString();

  const learning = input.cards.filter((c) => c.state === 'learning' || c.state === 'relearning').sort(byDue);
  const learningNow = learning.filter((c) => c.due <= now);
  const reviewsDue = input.cards.filter((c) => c.state === 'review' && c.due < dayEnd).sort(byDue);
  const reviewRoom = Math.max(0, input.limits.reviewsPerDay - input.today.reviews);
  const newRoom = Math.max(0, input.limits.newPerDay - input.today.newCards);
  // A stored card that was never graded is as new as a question without one; both wait in introduction order.
  const allNew = [...input.cards.filter((c) => c.state === 'new').map((c) => c.questionId), ...input.unseen];
  const newIds = allNew.slice(0, newRoom);

  const reviews = reviewsDue.slice(0, reviewRoom);
  let shownLearning = learningNow;
  if (learningNow.length + reviews.length + newIds.length === 0)
    shownLearning = learning.filter((c) => c.due <= aheadUntil);

  const stateOf = new Map(input.cards.map((c) => [c.questionId, c.state]));
  const cards: QueuedCard[] = [
    ...shownLearning.map((c) => ({ questionId: c.questionId, kind: 'learning' as const, state: c.state, due: c.due })),
    ...reviews.map((c) => ({ questionId: c.questionId, kind: 'review' as const, state: c.state, due: c.due })),
    ...newIds.map((id) => ({ questionId: id, kind: 'new' as const, state: stateOf.get(id) ?? 'new', due: null })),
  ];
  // With nothing to show, every learning card is further ahead than the learn-ahead limit, and every review card
  // is due on a later day or held back.
  const later = [...learning, ...input.cards.filter((c) => c.state === 'review' && c.due >= dayEnd)].sort(byDue);
  return {
    counts: { new: newIds.length, learning: shownLearning.length, review: reviews.length },
    cards,
    heldBack: { new: allNew.length - newIds.length, review: reviewsDue.length - reviews.length },
    nextDue: cards.length === 0 ? (later[0]?.due ?? null) : null,
  };
}
