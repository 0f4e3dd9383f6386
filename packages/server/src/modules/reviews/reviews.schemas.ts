// The code-review round's API contract: zod schemas that validate, document (OpenAPI) and type the web app.
import { z } from 'zod';
import { ISSUE_KINDS, LEVELS, REVIEW_LANGUAGES, SEVERITIES, VERDICTS, type ReviewCheck } from '@rehearse/core';
import type { Assert, SameShape } from '../../http/same-shape.ts';

const severity = z.enum(SEVERITIES);
const verdict = z.enum(VERDICTS);
const range = z.tuple([z.number().int(), z.number().int()]);

export const exerciseSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    level: z.enum(LEVELS),
    languages: z.array(z.enum(REVIEW_LANGUAGES)),
    minutes: z.number().int(),
  })
  .meta({ id: 'ReviewExerciseSummary' });

const diffLine = z.object({
  kind: z.enum(['context', 'added', 'removed']),
  text: z.string(),
  oldLine: z.number().int().nullable(),
  newLine: z.number().int().nullable(),
});

export const exerciseView = z
  .object({
    id: z.string(),
    title: z.string(),
    level: z.enum(LEVELS),
    minutes: z.number().int(),
    description: z.string().meta({ description: 'Markdown, as the author wrote it' }),
    languages: z.array(z.enum(REVIEW_LANGUAGES)),
    files: z.array(
      z.object({
        path: z.string(),
        language: z.string(),
        status: z.enum(['added', 'modified']),
        additions: z.number().int(),
        deletions: z.number().int(),
        hunks: z.array(z.object({ header: z.string(), lines: z.array(diffLine) })),
      }),
    ),
  })
  .meta({ id: 'ReviewExercise', description: 'A pull request to review; line numbers are the new side of the diff' });

export const reviewComment = z.object({
  file: z.string().min(1).max(300),
  line: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  body: z.string().min(1).max(5000),
});

export const reviewSubmission = z
  .object({ comments: z.array(reviewComment).max(100), summary: z.string().max(5000), verdict })
  .meta({ id: 'ReviewSubmission' });

export const reviewSubmissionRequest = reviewSubmission.extend({
  summary: z.string().max(5000).default(''),
  interviewId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: "A full loop's id, when this is its review round (the loop must plan this exercise)" }),
});

export const reviewCheck = z
  .object({
    exerciseId: z.string(),
    found: z.array(
      z.object({
        issueId: z.string(),
        severity,
        comment: reviewComment,
        explanation: z.number().int(),
        evidence: z.array(z.string()),
      }),
    ),
    missed: z.array(z.object({ issueId: z.string(), severity })),
    noise: z.number().int(),
    noiseComments: z.array(z.object({ comment: reviewComment, reason: z.string() })),
    scores: z.object({
      recall: z.number().int(),
      precision: z.number().int(),
      explanation: z.number().int(),
      overall: z.number().int(),
    }),
    verdict: z.object({ given: verdict, expected: verdict, fits: z.boolean() }),
    summaryPrioritises: z.boolean(),
    followUp: z.string().nullable(),
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
  })
  .meta({ id: 'ReviewCheck' });

export const submissionView = z
  .object({
    id: z.string(),
    exerciseId: z.string(),
    createdAt: z.string(),
    interviewId: z.string().nullable().meta({ description: 'The full loop whose review round this is, if any' }),
    submission: reviewSubmission,
    result: reviewCheck,
    debrief: z
      .object({
        issues: z.array(
          z.object({
            id: z.string(),
            file: z.string(),
            lines: range,
            kind: z.enum(ISSUE_KINDS),
            severity,
            title: z.string(),
            why: z.string(),
            fix: z.string(),
          }),
        ),
        fine: z.array(z.object({ file: z.string(), lines: range, why: z.string() })),
        modelReview: reviewSubmission,
      })
      .nullable()
      .meta({ description: 'What was planted, the lines that only look wrong, and the model review' }),
  })
  .meta({ id: 'ReviewSubmissionResult' });

/** The check schema and core's check type cannot drift apart: `npm run typecheck` fails when they do. */
export type _CheckMatchesCore = Assert<SameShape<z.output<typeof reviewCheck>, ReviewCheck>>;
