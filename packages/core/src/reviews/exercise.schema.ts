// A code-review exercise as its content file describes it: a pull request (title, description, each changed
// file before and after), the issues planted in it with where they are, how much they matter, why, and what a
// good explanation says; lines that look odd but are fine; and a model review. Line numbers are those of the
// file after the change (the right-hand side of the diff), 1-based.
import { z } from 'zod';
import { LEVELS } from '../questions/taxonomy.ts';

export const REVIEW_LANGUAGES = ['typescript', 'javascript', 'python', 'java', 'go', 'sql'] as const;
export type ReviewLanguage = (typeof REVIEW_LANGUAGES)[number];

export const ISSUE_KINDS = [
  'correctness',
  'error-handling',
  'security',
  'authorization',
  'concurrency',
  'performance',
  'coupling',
  'testing',
  'api-contract',
  'readability',
] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

export const SEVERITIES = ['blocker', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const VERDICTS = ['approve', 'comment', 'request-changes'] as const;
export type ReviewVerdict = (typeof VERDICTS)[number];

const lineRange = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .refine(([start, end]) => end >= start, 'the range must end at or after its start');

export const changedFileSchema = z.strictObject({
  path: z.string().min(3),
  language: z.enum(REVIEW_LANGUAGES),
  /** The file before the change; empty for a new file. */
  before: z.string(),
  after: z.string().min(1),
});

export const plantedIssueSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  file: z.string(),
  lines: lineRange,
  kind: z.enum(ISSUE_KINDS),
  severity: z.enum(SEVERITIES),
  title: z.string().min(5),
  /** Why it matters: what goes wrong, for whom, when. */
  why: z.string().min(30),
  /** Words and short phrases a comment that explains the problem uses (3–10), in several phrasings. */
  evidence: z.array(z.string().min(2)).min(3).max(12),
  fix: z.string().min(10),
});

export const fineLinesSchema = z.strictObject({
  file: z.string(),
  lines: lineRange,
  /** Why the lines are right although they look odd. */
  why: z.string().min(20),
});

export const reviewCommentSchema = z.strictObject({
  file: z.string().min(1).max(300),
  line: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  body: z.string().min(1).max(5000),
});

export const reviewSubmissionSchema = z.strictObject({
  comments: z.array(reviewCommentSchema).max(100),
  summary: z.string().max(5000).default(''),
  verdict: z.enum(VERDICTS),
});

export const exerciseSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string().min(5),
    level: z.enum(LEVELS),
    /** The pull request's description, Markdown, as its author wrote it. */
    description: z.string().min(40),
    files: z.array(changedFileSchema).min(1).max(4),
    issues: z.array(plantedIssueSchema).min(3).max(7),
    fine: z.array(fineLinesSchema).default([]),
    modelReview: reviewSubmissionSchema,
    /** The minutes a reviewer is expected to take. */
    minutes: z.number().int().min(5).max(60).default(20),
  })
  .superRefine((exercise, ctx) => {
    const lengths = new Map(exercise.files.map((f) => [f.path, f.after.split('\n').length]));
    const check = (path: (string | number)[], file: string, lines: readonly number[]) => {
      const length = lengths.get(file);
      if (length === undefined) ctx.addIssue({ code: 'custom', path, message: `no changed file ${file}` });
      else if (lines.some((line) => line > length))
        ctx.addIssue({ code: 'custom', path, message: `line beyond the end of ${file} (${length} lines)` });
    };
    exercise.issues.forEach((issue, i) => check(['issues', i], issue.file, issue.lines));
    exercise.fine.forEach((fine, i) => check(['fine', i], fine.file, fine.lines));
    exercise.modelReview.comments.forEach((c, i) =>
      check(['modelReview', 'comments', i], c.file, [c.line, c.endLine ?? c.line]),
    );
    const ids = exercise.issues.map((issue) => issue.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['issues'], message: 'duplicate issue ids' });
  });

export type Exercise = z.infer<typeof exerciseSchema>;
export type PlantedIssue = z.infer<typeof plantedIssueSchema>;
export type ReviewSubmission = z.infer<typeof reviewSubmissionSchema>;
export type ReviewComment = z.infer<typeof reviewCommentSchema>;
