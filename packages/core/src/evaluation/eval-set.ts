// The evaluation set format of `rehearse eval` (see shared/eval/dev.json): questions with expected points and
// answers of known quality. Parsing is pure: the caller reads the file.
import { z } from 'zod';

export const QUALITIES = ['strong', 'partial', 'weak', 'offtopic'] as const;
export type Quality = (typeof QUALITIES)[number];

export const evalAnswerSchema = z.object({
  quality: z.enum(QUALITIES),
  text: z.string(),
  /** Free-form sort of answer within its quality ("strong_terse", "weak_stuffed"); reported back as given. */
  kind: z.string().max(100).optional(),
  /** Key point ids a human marked as covered, when the set labels them. */
  covered_points: z.array(z.string()).optional(),
});

export const evalItemSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  questionId: z.string().optional(),
  category: z.string().optional(),
  level: z.string().optional(),
  expected_points: z.array(z.string()).default([]),
  answers: z.array(evalAnswerSchema).min(1),
});

export const evalSetSchema = z.object({ version: z.number().optional(), items: z.array(evalItemSchema) });

export type EvalAnswer = z.infer<typeof evalAnswerSchema>;
export type EvalItem = z.infer<typeof evalItemSchema>;
export type EvalSet = z.infer<typeof evalSetSchema>;

export type ParsedEvalSet = { ok: true; set: EvalSet } | { ok: false; errors: string[] };

/** Validates parsed JSON as an evaluation set (`{version, items}` or a bare array of items), naming bad entries. */
export function parseEvalSet(data: unknown): ParsedEvalSet {
  const result = evalSetSchema.safeParse(Array.isArray(data) ? { items: data } : data);
  if (result.success) return { ok: true, set: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
