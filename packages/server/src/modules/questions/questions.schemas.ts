import { z } from 'zod';
import { categorySchema, levelSchema, questionObject, roundSchema } from '@rehearse/core';
import { pageOf, pageQuery } from '../../http/pagination.ts';

export const listQuery = z.object({
  category: categorySchema.optional(),
  level: levelSchema.optional(),
  round: roundSchema.optional(),
  source: z.enum(['bank', 'own']).optional(),
  q: z.string().trim().max(300).optional().describe('Full-text search; results are ranked by relevance'),
  ...pageQuery,
});

export const questionSummary = z
  .object({
    id: z.string(),
    prompt: z.string(),
    category: categorySchema,
    level: levelSchema,
    round: roundSchema,
    tags: z.array(z.string()),
    targetSeconds: z.number(),
    source: z.enum(['bank', 'own']),
    keyPoints: z.array(z.object({ id: z.string(), label: z.string() })),
  })
  .meta({ id: 'QuestionSummary' });

export const questionDetail = questionObject
  .extend({ source: z.enum(['bank', 'own']), retired: z.boolean() })
  .meta({ id: 'Question' });

export const questionPage = pageOf(questionSummary);

/** What a client sends to create or replace one of its own questions: everything but the id. */
export const ownQuestionBody = questionObject.omit({ id: true }).meta({ id: 'OwnQuestion' });

export const idParams = z.object({ id: z.string().min(1).max(100) });

export const importBody = z.object({
  questions: z
    .array(z.unknown())
    .min(1)
    .max(500)
    .describe('Questions as exported; each entry is validated on its own, and any invalid one stops the import'),
});
export const importResult = z.object({
  created: z.number(),
  updated: z.number(),
  renamed: z.array(z.object({ from: z.string(), to: z.string() })),
});

export const exportQuery = z.object({ scope: z.enum(['own', 'all']).default('own') });
export const exportBody = z.object({ version: z.literal(1), questions: z.array(questionObject) });
