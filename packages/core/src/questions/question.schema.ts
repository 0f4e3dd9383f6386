import { z } from 'zod';
import { CATEGORIES, LEVELS, ROUNDS } from './taxonomy.ts';

export { CATEGORIES, LEVELS, ROUNDS };

export const categorySchema = z.enum(CATEGORIES);
export const levelSchema = z.enum(LEVELS);
export const roundSchema = z.enum(ROUNDS);

export type Category = z.infer<typeof categorySchema>;
export type Level = z.infer<typeof levelSchema>;
export type Round = z.infer<typeof roundSchema>;

const slug = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

const phrase = z.string().trim().min(2).max(120);

export const keyPointSchema = z.object({
  id: slug,
  label: z.string().trim().min(3).max(80),
  /** Relative importance within the question: 1 (nice to have) to 3 (essential). */
  weight: z.number().int().min(1).max(3),
  /** Words a strong candidate might really say when making this point, not only the textbook term. */
  evidence: z.array(phrase).min(4).max(30),
  /** What an interviewer asks when the point is missing. */
  probe: z.string().trim().min(10).max(300),
});

export const misconceptionSchema = z.object({
  id: slug,
  claim: z.string().trim().min(5).max(200),
  /** Phrases whose presence suggests the candidate holds the misconception. */
  signals: z.array(phrase).min(1).max(20),
  correction: z.string().trim().min(10).max(400),
});

/** The fields of a question; `questionSchema` adds the cross-field rules. */
export const questionObject = z.object({
  id: slug,
  prompt: z.string().trim().min(10).max(400),
  category: categorySchema,
  level: levelSchema,
  round: roundSchema,
  tags: z.array(z.string().trim().min(1).max(40)).max(12).default([]),
  /** Other wordings of the same question; search matches them too. */
  aliases: z.array(z.string().trim().min(5).max(300)).max(12).default([]),
  targetSeconds: z.number().int().min(30).max(900),
  modelAnswer: z.string().trim().min(200).max(2500),
  keyPoints: z.array(keyPointSchema).min(3).max(8),
  misconceptions: z.array(misconceptionSchema).max(12).default([]),
  redFlags: z.array(z.string().trim().min(5).max(200)).max(8).default([]),
  greatAnswerAdds: z.array(z.string().trim().min(5).max(300)).max(8).default([]),
});

export const questionSchema = questionObject.superRefine((question, ctx) => {
  const ids = question.keyPoints.map((point) => point.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) {
    ctx.addIssue({
      code: 'custom',
      path: ['keyPoints'],
      message: `duplicate key point id "${duplicate}"`,
    });
  }
});

export type KeyPoint = z.infer<typeof keyPointSchema>;
export type Misconception = z.infer<typeof misconceptionSchema>;
export type Question = z.infer<typeof questionSchema>;
/** What a content file or an import may contain before defaults are applied. */
export type QuestionInput = z.input<typeof questionSchema>;
