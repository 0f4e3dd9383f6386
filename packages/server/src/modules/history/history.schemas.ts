import { z } from 'zod';
import { categorySchema, roundSchema } from '@rehearse/core';
import { pageOf, pageQuery } from '../../http/pagination.ts';
import { interviewView } from '../interviews/interviews.schemas.ts';

const kind = z.enum(['interview-answer', 'typed-answer', 'coding', 'review']);
const score = z.coerce.number().int().min(0).max(100);

export const historyQuery = z
  .object({
    q: z.string().trim().min(1).max(200).optional().describe('Words in the question or in the answer'),
    category: categorySchema.optional(),
    round: roundSchema.optional(),
    kind: kind.optional(),
    from: z.iso.datetime({ offset: true }).optional().describe('Answers given at or after this instant'),
    to: z.iso.datetime({ offset: true }).optional().describe('Answers given before this instant'),
    minScore: score.optional(),
    maxScore: score.optional(),
    ...pageQuery,
  })
  .refine((query) => query.minScore === undefined || query.maxScore === undefined || query.minScore <= query.maxScore, {
    path: ['minScore'],
    message: 'must not be above maxScore',
  });

export const historyItem = z
  .object({
    id: z.string().describe('The answer id for /history/answers/{id}; a code attempt or review id otherwise'),
    kind,
    createdAt: z.string(),
    itemId: z.string().describe('The question, problem or exercise'),
    title: z.string(),
    category: categorySchema.nullable(),
    round: roundSchema.nullable(),
    score: z.number().nullable(),
    interviewId: z.string().nullable(),
    mode: z.enum(['typed', 'audio', 'video']).nullable(),
    excerpt: z.string().describe('The start of the answer, code or review summary'),
  })
  .meta({ id: 'HistoryItem' });

export const historyPage = pageOf(historyItem);

const turnView = interviewView.shape.turns.element;

export const historyAnswer = z
  .object({
    id: z.string(),
    source: z.enum(['interview', 'typed']),
    createdAt: z.string(),
    questionId: z.string(),
    interviewId: z.string().nullable(),
    prompt: z.string(),
    category: categorySchema.nullable(),
    round: roundSchema.nullable(),
    answer: turnView.describe('The answer: its recording (while stored), transcript and feedback'),
    followUps: z.array(turnView).describe("The interviewer's follow-ups on it, and the answers to them"),
  })
  .meta({ id: 'HistoryAnswer' });

export const questionAttempts = z
  .object({
    questionId: z.string(),
    prompt: z.string(),
    category: categorySchema.nullable(),
    round: roundSchema.nullable(),
    attempts: z.array(historyAnswer).describe('Oldest first'),
  })
  .meta({ id: 'QuestionAttempts' });
