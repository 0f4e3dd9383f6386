// The progress page's contract. The type check at the end fails `npm run typecheck` when it and the core's
// Progress drift apart.
import { z } from 'zod';
import { categorySchema, isTimeZone, levelSchema, type Progress } from '@rehearse/core';
import type { Assert, SameShape } from '../../http/same-shape.ts';

export const progressQuery = z.object({
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, 'must be an IANA time zone, such as Europe/Berlin')
    .default('UTC')
    .describe('Your time zone (IANA name): days, weeks and streaks are counted in it'),
});

const score = z.number().nullable();
const date = z.string().describe('YYYY-MM-DD in your time zone');
const questionRef = z.object({ id: z.string(), prompt: z.string() });

const missedPoint = z
  .object({
    label: z.string(),
    category: categorySchema,
    missed: z.number().int().describe('Answers that missed the point'),
    asked: z.number().int().describe('Answers to questions that ask for it'),
    questions: z.array(questionRef).describe('Where it was missed, the most recent first'),
  })
  .meta({ id: 'MissedKeyPoint' });

const attemptProgress = z.object({
  attempts: z.number().int(),
  average: score,
  series: z.array(z.object({ date, overall: z.number(), attempts: z.number().int() })),
});

const practiceAction = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('interview'),
    settings: z.object({
      round: z.enum(['background', 'concepts', 'design', 'behavioral', 'mixed']),
      level: levelSchema,
      categories: z.array(categorySchema),
      minutes: z.number().int(),
    }),
  }),
  z.object({ kind: z.literal('questions'), questions: z.array(questionRef) }),
  z.object({ kind: z.literal('coding'), problemId: z.string(), title: z.string() }),
  z.object({ kind: z.literal('review'), exerciseId: z.string(), title: z.string() }),
]);

export const progressView = z
  .object({
    timeZone: z.string(),
    today: date,
    totals: z.object({
      answers: z.number().int(),
      coding: z.number().int(),
      reviews: z.number().int(),
      daysPractised: z.number().int(),
      average: score,
    }),
    streak: z.object({
      current: z.number().int().describe('Consecutive days practised up to today, or up to yesterday'),
      longest: z.number().int(),
      practisedToday: z.boolean(),
      lastDay: date.nullable(),
    }),
    volume: z.object({
      days: z.array(z.object({ date, answers: z.number().int(), attempts: z.number().int() })),
      weeks: z.array(
        z.object({ week: date.describe('The Monday'), answers: z.number().int(), attempts: z.number().int() }),
      ),
    }),
    byDay: z.array(
      z.object({ date, answers: z.number().int(), overall: score, content: score, structure: score, delivery: score }),
    ),
    categories: z.array(
      z.object({
        category: categorySchema,
        answers: z.number().int(),
        average: z.number(),
        recent: z.number().describe('The mean of the last five answers'),
        change: score.describe('Recent minus the mean of the first five; null under six answers'),
        series: z.array(z.object({ date, overall: z.number(), answers: z.number().int() })),
      }),
    ),
    coding: attemptProgress,
    review: attemptProgress,
    weakAreas: z.array(
      z.object({
        category: categorySchema,
        average: z.number(),
        answers: z.number().int(),
        missedPoints: z.array(missedPoint),
        summary: z.string(),
      }),
    ),
    missedPoints: z.array(missedPoint),
    misconceptions: z.array(
      z.object({
        id: z.string(),
        claim: z.string(),
        correction: z.string(),
        times: z.number().int(),
        questions: z.array(questionRef),
      }),
    ),
    recommendations: z.array(
      z
        .object({ id: z.string(), title: z.string(), reason: z.string(), action: practiceAction })
        .meta({ id: 'Recommendation' }),
    ),
  })
  .meta({
    id: 'Progress',
    description: 'Scores over time, volume and streak, weakest areas and what to practise next',
  });

type _ProgressMatchesCore = Assert<SameShape<z.output<typeof progressView>, Progress>>;
