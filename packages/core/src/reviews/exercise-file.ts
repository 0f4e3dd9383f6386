import { parseYamlContent } from '../content-file.ts';
import { exerciseSchema, type Exercise } from './exercise.schema.ts';

export type ParsedExercise = { ok: true; exercise: Exercise } | { ok: false; errors: string[] };

/** Parses one exercise content file (YAML text). Pure: the caller reads the file. */
export function parseExerciseFile(text: string): ParsedExercise {
  const parsed = parseYamlContent(text, exerciseSchema);
  return parsed.ok ? { ok: true, exercise: parsed.value } : parsed;
}
