// The coding round's API contract: zod schemas that validate, document (OpenAPI) and type the web app.
import { z } from 'zod';
import { CODE_LANGUAGES, LEVELS, type CodeCheckReport } from '@rehearse/core';
import type { Assert, SameShape } from '../../http/same-shape.ts';
import { answerAnalysis } from '../analyses/analysis.schemas.ts';

const language = z.enum(CODE_LANGUAGES);
const json = z.unknown().meta({ description: 'Any JSON value' });

export const problemSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    level: z.enum(LEVELS),
    tags: z.array(z.string()),
    languages: z.array(language),
  })
  .meta({ id: 'ProblemSummary' });

export const problemView = z
  .object({
    id: z.string(),
    title: z.string(),
    level: z.enum(LEVELS),
    tags: z.array(z.string()),
    kind: z.enum(['function', 'class']),
    entry: z.string().meta({ description: 'The function or class name the tests call' }),
    statement: z.string().meta({ description: 'Markdown' }),
    starter: z.object({ typescript: z.string(), javascript: z.string() }),
    visibleTests: z.array(z.object({ name: z.string(), input: json, expected: json, throws: z.boolean() })),
    hiddenTestCount: z.number().int(),
    targetComplexity: z.object({ time: z.string(), space: z.string() }),
  })
  .meta({ id: 'CodingProblem', description: 'A coding problem as a candidate sees it: no hidden tests, no reference' });

const stopReason = z.enum(['timeout', 'memory', 'output', 'forbidden']);
const testResult = z.object({
  name: z.string(),
  group: z.enum(['visible', 'hidden', 'large', 'custom']),
  passed: z.boolean(),
  message: z.string().optional(),
  ms: z.number().optional(),
  expected: json.optional(),
  actual: json.optional(),
  stopped: stopReason.optional(),
});
const tally = z.object({ passed: z.number().int(), total: z.number().int() });

export const codeCheckReport = z
  .object({
    problemId: z.string(),
    language,
    tests: z.object({ visible: tally, hidden: tally }),
    results: z.array(testResult),
    failures: z.array(z.object({ test: z.string(), message: z.string() })),
    efficiency: z.object({
      verdict: z.enum(['optimal', 'acceptable', 'slow', 'too-slow', 'unknown']),
      detail: z.string(),
    }),
    quality: z.object({
      findings: z.array(z.object({ rule: z.string(), line: z.number().int(), message: z.string() })),
    }),
    scores: z.object({
      correctness: z.number().int(),
      efficiency: z.number().int(),
      quality: z.number().int(),
      overall: z.number().int(),
    }),
    stopped: z.object({ reason: stopReason, detail: z.string() }).nullable(),
    compileError: z.object({ message: z.string(), line: z.number().int().nullable() }).nullable(),
    output: z.string(),
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
  })
  .meta({ id: 'CodeCheckReport' });

export const followUpAnswer = z
  .object({
    followUpId: z.string(),
    prompt: z.string(),
    answer: z.string(),
    analysis: answerAnalysis,
    answeredAt: z.string(),
  })
  .meta({
    id: 'CodingFollowUpAnswer',
    description: "An answer to the interviewer's question after a submit, analysed",
  });

export const attemptView = z
  .object({
    id: z.string(),
    problemId: z.string(),
    language,
    mode: z.enum(['run', 'submit']),
    status: z.enum(['queued', 'done', 'failed']),
    source: z.string(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    interviewId: z.string().nullable().meta({ description: 'The full loop whose coding round this is, if any' }),
    error: z.string().nullable(),
    report: codeCheckReport.nullable(),
    debrief: z
      .object({
        followUps: z.array(z.string()),
        goodCode: z.array(z.string()),
        complexity: z.object({ time: z.string(), space: z.string() }),
        questions: z
          .array(z.object({ id: z.string(), prompt: z.string() }))
          .meta({ description: 'What the interviewer asks next: complexity, edge cases, then the problem’s own' }),
        answers: z.array(followUpAnswer),
      })
      .nullable()
      .meta({ description: 'After a submit: what the interviewer asks next and what good code shows' }),
  })
  .meta({ id: 'CodeAttempt' });

export const SOURCE_MAX_CHARS = 50_000;

export const attemptRequest = z.object({
  interviewId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: "A full loop's id, when this is its coding round (the loop must plan this problem)" }),
  language,
  source: z.string().min(1).max(SOURCE_MAX_CHARS),
  mode: z.enum(['run', 'submit']).default('submit'),
  customInputs: z
    .array(z.string().max(20_000))
    .max(5)
    .default([])
    .meta({ description: 'Your own inputs for a run: each the JSON text of the arguments (or the operations)' }),
});

/** The report schema and core's report type cannot drift apart: `npm run typecheck` fails when they do. */
export type _ReportMatchesCore = Assert<SameShape<z.output<typeof codeCheckReport>, CodeCheckReport>>;
