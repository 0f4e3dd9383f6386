// Reads one problem's content: its YAML file and the reference solution of each language. Pure: the caller reads
// the files.
import { parseYamlContent } from '../content-file.ts';
import { CODE_LANGUAGES, problemSchema, type CodeLanguage, type Problem } from './problem.schema.ts';

export interface ProblemWithReferences {
  readonly problem: Problem;
  readonly references: Readonly<Record<CodeLanguage, string>>;
}

export type ParsedProblem = { ok: true; value: ProblemWithReferences } | { ok: false; errors: string[] };

export function parseProblemFile(yamlText: string, references: Partial<Record<CodeLanguage, string>>): ParsedProblem {
  const parsed = parseYamlContent(yamlText, problemSchema);
  if (!parsed.ok) return parsed;
  const missing = CODE_LANGUAGES.filter((language) => !references[language]?.trim());
  if (missing.length) return { ok: false, errors: missing.map((language) => `no reference solution in ${language}`) };
  return { ok: true, value: { problem: parsed.value, references: references as Record<CodeLanguage, string> } };
}
