// Reads the code-review exercises: one YAML file per exercise under the reviews directory.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseExerciseFile, type Exercise, type ReviewLanguage } from '@rehearse/core';

export interface LoadedExercises {
  readonly exercises: Exercise[];
  readonly invalid: Array<{ readonly file: string; readonly errors: string[] }>;
}

export async function loadExercises(reviewsDir: string): Promise<LoadedExercises> {
  if (!existsSync(reviewsDir)) return { exercises: [], invalid: [] };
  const files = (await readdir(reviewsDir)).filter((name) => name.endsWith('.yaml')).sort();
  const exercises: Exercise[] = [];
  const invalid: LoadedExercises['invalid'] = [];
  for (const file of files) {
    const parsed = parseExerciseFile(await readFile(join(reviewsDir, file), 'utf8'));
    if (!parsed.ok) invalid.push({ file, errors: parsed.errors });
    else if (parsed.exercise.id !== basename(file, '.yaml'))
      invalid.push({ file, errors: ['the id must equal the file name'] });
    else exercises.push(parsed.exercise);
  }
  return { exercises, invalid };
}

/** The languages an exercise's files are written in, in the order they first appear. */
export function languagesOf(exercise: Exercise): ReviewLanguage[] {
  return [...new Set(exercise.files.map((f) => f.language))];
}
