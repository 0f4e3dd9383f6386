import { parseYamlContent } from '../content-file.ts';
import { questionSchema, type Question } from './question.schema.ts';

export type ParsedQuestionFile = { ok: true; question: Question } | { ok: false; errors: string[] };

/** Parses one question content file (YAML text). Pure: the caller reads the file. */
export function parseQuestionFile(text: string): ParsedQuestionFile {
  const parsed = parseYamlContent(text, questionSchema);
  return parsed.ok ? { ok: true, question: parsed.value } : parsed;
}
