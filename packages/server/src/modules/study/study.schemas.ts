// Study mode's API contract: zod schemas that validate, document (OpenAPI) and type the web app.
import { z } from 'zod';
import {
  CARD_STATES,
  CATEGORIES,
  CHECKLIST_STATES,
  LEVELS,
  ROUNDS,
  STUDY_GRADES,
  STUDY_LIMIT_MAX,
  type Checklist,
  type StudyCard,
  type StudyLimits,
  type StudyReview,
} from '@rehearse/core';
import type { Assert, SameShape } from '../../http/same-shape.ts';

const grade = z.enum(STUDY_GRADES);
const cardState = z.enum(CARD_STATES);
const category = z.enum(CATEGORIES);
const level = z.enum(LEVELS);
const round = z.enum(ROUNDS);

export const scopeQuery = {
  category: category.optional(),
  level: level.optional(),
  round: round.optional(),
};

export const questionIdParam = z.object({ questionId: z.string().min(1).max(100) });

export const studyCard = z
  .object({
    questionId: z.string(),
    state: cardState,
    due: z.string().meta({ description: 'When the card is next due (ISO-8601)' }),
    stability: z.number().meta({ description: 'Days until the chance of recall falls to 90 % (FSRS)' }),
    difficulty: z.number().meta({ description: 'How hard the card is for you, 1–10 (FSRS)' }),
    elapsedDays: z.number().int(),
    scheduledDays: z.number().int().meta({ description: 'The interval the last review gave (0 while learning)' }),
    learningSteps: z.number().int(),
    reps: z.number().int(),
    lapses: z.number().int().meta({ description: 'Times forgotten after graduating to review' }),
    lastReview: z.string().nullable(),
  })
  .meta({ id: 'StudyCard', description: 'A flash card of one question, scheduled by FSRS' });

export const studyReview = z
  .object({
    questionId: z.string(),
    grade,
    source: z.enum(['study', 'practice']).meta({ description: 'A flash card, or the analysis of an answer' }),
    stateBefore: cardState,
    reviewedAt: z.string(),
    elapsedDays: z.number().int(),
    scheduledDays: z.number().int(),
    due: z.string(),
    stability: z.number(),
    difficulty: z.number(),
  })
  .meta({ id: 'StudyReview', description: 'One grading of a card' });

export const studyLimits = z
  .object({
    newPerDay: z.number().int().min(0).max(STUDY_LIMIT_MAX).meta({ description: 'New cards introduced per day' }),
    reviewsPerDay: z.number().int().min(0).max(STUDY_LIMIT_MAX).meta({ description: 'Reviews answered per day' }),
  })
  .meta({ id: 'StudyLimits', description: 'Daily limits of the study queue' });

const checklistItem = z.object({
  questionId: z.string(),
  prompt: z.string(),
  category,
  level,
  round,
  state: z.enum(CHECKLIST_STATES),
  answers: z.number().int().meta({ description: 'Answers given in practice, typed or in interviews' }),
  lastAnsweredAt: z.string().nullable(),
  card: studyCard.pick({ state: true, due: true, reps: true, lapses: true, scheduledDays: true }).nullable(),
});

export const checklistView = z
  .object({
    categories: z.array(
      z.object({
        category,
        total: z.number().int(),
        notStarted: z.number().int(),
        practised: z.number().int(),
        confident: z.number().int(),
      }),
    ),
    items: z.array(checklistItem),
  })
  .meta({
    id: 'StudyChecklist',
    description:
      'Every question you can study with where you stand: not started, practised (answered or studied), or ' +
      'confident (its card reviewed a week or more apart); and the progress per category',
  });

const counts = z.object({ new: z.number().int(), learning: z.number().int(), review: z.number().int() });
const nextTime = z.object({ due: z.string(), minutes: z.number().int() });

export const queueView = z
  .object({
    counts: counts.meta({ description: 'Cards to study now: new (within the daily limit), learning, review' }),
    heldBack: z
      .object({ new: z.number().int(), review: z.number().int() })
      .meta({ description: 'Cards the daily limits keep for later days' }),
    nextDue: z.string().nullable().meta({ description: 'With nothing to study now: when the next card is due' }),
    limits: studyLimits,
    dayEndsAt: z.string().meta({ description: 'When the study day turns over (4 a.m. your time)' }),
    cards: z.array(
      z.object({
        questionId: z.string(),
        kind: z.enum(['learning', 'review', 'new']),
        state: cardState,
        due: z.string().nullable(),
        reps: z.number().int().meta({ description: 'Send it back as expectedReps when grading this showing' }),
        lapses: z.number().int(),
        prompt: z.string(),
        category,
        level,
        round,
        thinkingSeconds: z.number().int(),
        next: z
          .object({ again: nextTime, hard: nextTime, good: nextTime, easy: nextTime })
          .meta({ description: 'When each grade would bring the card back' }),
      }),
    ),
  })
  .meta({ id: 'StudyQueue', description: 'What to study now, in order: learning cards, reviews, then new cards' });

export const gradeBody = z.object({
  grade,
  expectedReps: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'The reps the card had when shown: a second grading of the same showing is refused' }),
});

export const gradedView = z
  .object({ card: studyCard, review: studyReview })
  .meta({ id: 'StudyGraded', description: 'The card after your grade, and the review logged' });

export const cardView = z
  .object({
    card: studyCard,
    reviews: z.array(
      studyReview.extend({
        coverage: z
          .number()
          .nullable()
          .meta({ description: "For a grade from practice: the answer's weighted key-point coverage, 0–1" }),
      }),
    ),
  })
  .meta({ id: 'StudyCardHistory', description: 'A card and its latest reviews, newest first' });

/** The views and core's types cannot drift apart: `npm run typecheck` fails when they do. */
export type _CardMatchesCore = Assert<SameShape<z.output<typeof studyCard>, StudyCard>>;
export type _ReviewMatchesCore = Assert<SameShape<z.output<typeof studyReview>, StudyReview>>;
export type _LimitsMatchCore = Assert<SameShape<z.output<typeof studyLimits>, StudyLimits>>;
export type _ChecklistMatchesCore = Assert<SameShape<z.output<typeof checklistView>, Checklist>>;
