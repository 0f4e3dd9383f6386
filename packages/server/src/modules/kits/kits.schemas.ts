// The interview kits' API contract: zod schemas that validate, document (OpenAPI) and type the web app.
import { z } from 'zod';
import { CATEGORIES, KIT_RATINGS, LEVELS, RECOMMENDATIONS, type Calibration, type KitQuestion } from '@rehearse/core';
import type { Assert, SameShape } from '../../http/same-shape.ts';

const competency = z.enum(CATEGORIES);
const text = (max: number) => z.string().trim().max(max);

export const kitIdParams = z.object({ id: z.uuid() });
export const scorecardParams = kitIdParams.extend({ scorecardId: z.uuid() });
export const practiceParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

const ownQuestionInput = z.object({
  kind: z.literal('own'),
  key: z
    .string()
    .regex(/^own-[a-z0-9]{4,40}$/)
    .optional()
    .meta({ description: "An existing own question's key (its scorecards follow it); absent for a new one" }),
  competency,
  prompt: text(400).min(10),
  sampleAnswer: text(2500).default(''),
  keyPoints: z.array(text(120).min(2)).min(1).max(8),
  redFlags: z.array(text(200).min(2)).max(8).default([]),
  greatAnswerAdds: z.array(text(300).min(2)).max(8).default([]),
  targetSeconds: z.number().int().min(30).max(1800).default(300),
});

export const kitBody = z.object({
  role: text(120).min(2),
  level: z.enum(LEVELS),
  competencies: z.array(competency).max(CATEGORIES.length).default([]),
  questions: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('bank'), questionId: z.string().min(1).max(100) }),
        ownQuestionInput,
      ]),
    )
    .max(30),
  discussionMinutes: z.number().int().min(0).max(120).default(10),
  teamId: z
    .uuid()
    .optional()
    .meta({ description: 'When building: the team whose members share the kit (yours alone without); fixed after' }),
});

const keyPoint = z.object({ id: z.string(), label: z.string(), weight: z.number().int() });
export const kitQuestionView = z
  .object({
    key: z.string(),
    source: z.enum(['bank', 'own']),
    competency,
    prompt: z.string(),
    sampleAnswer: z.string(),
    keyPoints: z.array(keyPoint),
    redFlags: z.array(z.string()),
    greatAnswerAdds: z.array(z.string()),
    targetSeconds: z.number().int(),
    scale: z.array(
      z.object({ rating: z.union(KIT_RATINGS.map((r) => z.literal(r))), label: z.string(), description: z.string() }),
    ),
  })
  .meta({ id: 'KitQuestion' });

const kitSummary = z.object({
  id: z.string(),
  teamId: z.string().nullable().meta({ description: 'The team that shares the kit; null for a personal kit' }),
  role: z.string(),
  level: z.enum(LEVELS),
  competencies: z.array(competency),
  questionCount: z.number().int(),
  totalSeconds: z.number().int(),
  updatedAt: z.string(),
});
export const kitList = z.object({ items: z.array(kitSummary) }).meta({ id: 'KitList' });

export const kitView = kitSummary
  .extend({
    discussionMinutes: z.number().int(),
    canEdit: z.boolean().meta({ description: 'Whether you may change the kit (its author, or an owner of its team)' }),
    questions: z.array(kitQuestionView),
    plan: z.object({
      items: z.array(z.object({ title: z.string(), startsAtSeconds: z.number().int(), seconds: z.number().int() })),
      questionSeconds: z.number().int(),
      discussionSeconds: z.number().int(),
      totalSeconds: z.number().int(),
    }),
    createdAt: z.string(),
  })
  .meta({ id: 'Kit', description: 'A kit with each question resolved: what a good answer shows, red flags, scale' });

export const suggestionsQuery = z.object({
  level: z.enum(LEVELS),
  competencies: z
    .string()
    .max(400)
    .optional()
    .transform((v, ctx) => {
      const names = (v ?? '').split(',').filter(Boolean);
      const bad = names.find((n) => !(CATEGORIES as readonly string[]).includes(n));
      if (bad) ctx.addIssue({ code: 'custom', message: `unknown competency "${bad}"` });
      return names as (typeof CATEGORIES)[number][];
    })
    .meta({ description: 'Comma-separated categories' }),
  exclude: z.string().max(3000).optional().meta({ description: 'Comma-separated question ids already in the kit' }),
});
export const suggestionList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        prompt: z.string(),
        category: competency,
        level: z.enum(LEVELS),
        targetSeconds: z.number().int(),
        keyPoints: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'KitSuggestions' });

const rating = z.number().int().min(1).max(4).meta({ description: 'On the anchored scale: 1 to 4' });
export const scorecardBody = z.object({
  candidate: text(120).min(1),
  interviewer: text(120).min(1).optional().meta({ description: "Defaults to the author's name" }),
  entries: z
    .array(
      z.object({
        questionKey: z.string().min(1).max(100),
        keyPointsHeard: z.array(z.string().min(1).max(100)).max(8).default([]),
        rating: rating.nullable().default(null),
        notes: text(5000).default(''),
      }),
    )
    .max(30),
  recommendation: z.enum(RECOMMENDATIONS).nullable().default(null),
  submitted: z
    .boolean()
    .default(false)
    .meta({ description: "Final: then you see the other interviewers' scores of this candidate; stays submitted" }),
});

export const scorecardView = z
  .object({
    id: z.string(),
    kitId: z.string(),
    candidate: z.string(),
    interviewer: z.string(),
    entries: z.array(
      z.object({
        questionKey: z.string(),
        keyPointsHeard: z.array(z.string()),
        rating: z.union(KIT_RATINGS.map((r) => z.literal(r))).nullable(),
        notes: z.string(),
      }),
    ),
    recommendation: z.enum(RECOMMENDATIONS).nullable(),
    submitted: z.boolean(),
    mine: z.boolean().meta({ description: 'Whether you wrote it (only its author changes it)' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Scorecard' });
export const scorecardList = z.object({ items: z.array(scorecardView) }).meta({ id: 'ScorecardList' });
export const candidateQuery = z.object({ candidate: text(120).min(1).optional() });

export const calibrationView = z
  .object({
    candidate: z.string(),
    interviewers: z.number().int(),
    questions: z.array(
      z.object({
        questionKey: z.string(),
        prompt: z.string(),
        ratings: z.array(
          z.object({ interviewer: z.string(), rating: z.union(KIT_RATINGS.map((r) => z.literal(r))).nullable() }),
        ),
        min: z.number().nullable(),
        max: z.number().nullable(),
        mean: z.number().nullable(),
        spread: z.number().nullable(),
        agreement: z.enum(['agree', 'close', 'split', 'unrated']),
        keyPointsHeard: z.array(z.object({ id: z.string(), label: z.string(), heardBy: z.number().int() })),
      }),
    ),
    recommendations: z.array(z.object({ interviewer: z.string(), recommendation: z.enum(RECOMMENDATIONS).nullable() })),
    recommendationAgreement: z.enum(['unanimous', 'same-side', 'split', 'pending']),
  })
  .meta({ id: 'KitCalibration' });

export const comparisonView = z
  .object({
    questions: z.array(z.object({ key: z.string(), prompt: z.string() })),
    candidates: z.array(
      z.object({
        candidate: z.string(),
        scorecards: z.number().int(),
        questionMeans: z.array(z.number().nullable()),
        overallMean: z.number().nullable(),
        recommendations: z.object({
          'strong-no': z.number().int(),
          no: z.number().int(),
          yes: z.number().int(),
          'strong-yes': z.number().int(),
        }),
      }),
    ),
  })
  .meta({ id: 'KitComparison' });

export const practiceLinkView = z
  .object({ token: z.string(), url: z.string(), expiresAt: z.string() })
  .meta({ id: 'KitPracticeLink', description: 'The token is shown once; the link expires' });

export const practiceView = z
  .object({
    role: z.string(),
    level: z.enum(LEVELS),
    questions: z.array(z.object({ id: z.string(), prompt: z.string(), targetSeconds: z.number().int() })),
    expiresAt: z.string(),
  })
  .meta({ id: 'KitPractice', description: "What a candidate practises: the kit's bank questions, no answers" });

export const variantsBody = z.object({
  roleDescription: text(2000).min(10).meta({ description: 'What the role does, in a few sentences' }),
});
export const variantList = z
  .object({
    source: z.enum(['model', 'bank']).meta({ description: 'Written by a language model, or similar bank questions' }),
    items: z.array(
      z.object({
        questionId: z.string().nullable().meta({ description: "The bank question's id; null for a written one" }),
        competency,
        prompt: z.string(),
        sampleAnswer: z.string(),
        keyPoints: z.array(z.string()),
        redFlags: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'KitVariants', description: 'Proposals to review: none is in the kit until you add it' });

/** The schemas and core's types cannot drift apart: `npm run typecheck` fails when they do. */
export type _QuestionMatchesCore = Assert<SameShape<z.output<typeof kitQuestionView>, KitQuestion>>;
export type _CalibrationMatchesCore = Assert<SameShape<z.output<typeof calibrationView>, Calibration>>;
