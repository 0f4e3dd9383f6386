// The feedback on one answer as the API returns it: the core's AnswerAnalysis, what a follow-up adds, and the
// operator's language model's note. Typed analyses (/api/v1/analyses) and interview answers share it. The type
// checks at the end fail `npm run typecheck` whenever the core's types and these schemas differ.
import { z } from 'zod';
import type { AnswerAnalysis, FollowUpAnalysis, FollowUpResult } from '@rehearse/core';
import type { Assert, SameShape } from '../../http/same-shape.ts';
import type { NarrativeFeedback } from '../llm/llm-feedback.ts';

const score = z.number().describe('0–100');

const keyPointResult = z.object({
  id: z.string(),
  label: z.string(),
  weight: z.number(),
  covered: z.boolean(),
  strength: z.number().describe('How firmly the answer makes the point, 0–1'),
  evidence: z.string().nullable().describe('The sentence that makes the point, quoted from the answer'),
  denied: z.boolean().describe('The answer explicitly denies the point'),
  probe: z.string().describe('What an interviewer would ask to draw the point out'),
});

export const answerAnalysis = z.object({
  questionId: z.string(),
  verdict: z.enum(['assessed', 'not-enough-to-assess', 'off-topic']),
  scores: z.object({
    overall: score,
    content: score,
    structure: score,
    delivery: score.nullable().describe('Null for a typed answer'),
  }),
  explanations: z.object({
    overall: z.string(),
    content: z.string(),
    structure: z.string(),
    delivery: z.string().nullable(),
  }),
  keyPoints: z.array(keyPointResult),
  misconceptions: z.array(
    z.object({ id: z.string(), claim: z.string(), correction: z.string(), sentence: z.string() }),
  ),
  depth: z.array(
    z.object({
      kind: z.enum(['trade-offs', 'failure-cases', 'concrete-example']),
      found: z.boolean(),
      evidence: z.string().nullable(),
    }),
  ),
  structure: z.object({
    kind: z.enum(['star', 'design-steps', 'explanation']),
    parts: z.array(
      z.object({ id: z.string(), label: z.string(), found: z.boolean(), evidence: z.string().nullable() }),
    ),
  }),
  substance: z.object({
    wordCount: z.number(),
    sentenceCount: z.number(),
    listShare: z.number(),
    verbsPerClause: z.number(),
    fillerShare: z.number(),
    emptySentenceShare: z.number(),
    lengthRatio: z.number().describe("Length against the question's target length (1 = on target)"),
    buzzwordList: z.boolean(),
    admitsNotKnowing: z.boolean(),
    addressesGrader: z.boolean().default(false),
    overclaims: z.array(z.string()).describe('Sentences that make sweeping claims'),
  }),
  relevance: z.object({
    topicShare: z.number(),
    seemsToAnswer: z
      .object({ id: z.string(), prompt: z.string() })
      .nullable()
      .describe('The bank question the answer seems to address instead'),
    rankRatio: z.number().nullable(),
  }),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
});

const followUpResult = z.object({
  keyPointId: z.string(),
  label: z.string(),
  made: z.boolean().describe('The answer made the probed point'),
  evidence: z.string().nullable(),
});

const narrativeFeedback = z.object({
  narrative: z.string(),
  followUpQuestions: z.array(z.string()),
  model: z.string(),
});

export const answerFeedback = answerAnalysis
  .extend({
    keyPoints: z.array(
      keyPointResult.extend({
        afterPrompt: z.boolean().optional().describe('Made in a follow-up answer, after the prompt'),
      }),
    ),
    followUp: followUpResult
      .optional()
      .describe('For a follow-up answer: the point the interviewer probed and whether the answer made it'),
    llm: narrativeFeedback
      .nullable()
      .describe("The operator's language model's note, when one is configured; it never changes the scores"),
  })
  .meta({ id: 'AnswerFeedback', description: 'The analysis of one answer: every number with its evidence' });

export type AnswerFeedback = z.output<typeof answerFeedback>;

// The schemas above and the core's types are the same shapes; `npm run typecheck` fails here when they drift.
type _AnalysisMatchesCore = Assert<SameShape<z.output<typeof answerAnalysis>, AnswerAnalysis>>;
type _KeyPointMatchesCore = Assert<
  SameShape<AnswerFeedback['keyPoints'][number], FollowUpAnalysis['keyPoints'][number]>
>;
type _FollowUpMatchesCore = Assert<SameShape<z.output<typeof followUpResult>, FollowUpResult>>;
type _NarrativeMatchesLlm = Assert<SameShape<z.output<typeof narrativeFeedback>, NarrativeFeedback>>;
