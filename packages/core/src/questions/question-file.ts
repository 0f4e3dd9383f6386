import { parse } from 'yaml';
import { questionSchema, type Question } from './question.schema.ts';

export type ParsedQuestionFile = { ok: true; question: Question } | { ok: false; errors: string[] };

/** Parses one question content file (YAML text). Pure: the caller reads the file. */
export function parseQuestionFile(text: string): ParsedQuestionFile {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid YAML: ${(error as Error).message}`] };
  }
  const result = questionSchema.safeParse(data);
  if (result.success) return { ok: true, question: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
