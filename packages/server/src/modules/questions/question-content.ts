import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseQuestionFile, type Question } from '@rehearse/core';

export interface LoadedContent {
  questions: Question[];
  /** Files that failed validation, with the reasons; none of them is loaded. */
  invalid: { file: string; errors: string[] }[];
}

/** Reads every question file (`*.yaml`) under the content directory. */
export async function loadQuestionFiles(contentDir: string): Promise<LoadedContent> {
  const names = (await readdir(contentDir, { recursive: true })).filter((name) => name.endsWith('.yaml')).sort();
  const questions: Question[] = [];
  const invalid: LoadedContent['invalid'] = [];
  for (const name of names) {
    const file = join(contentDir, name);
    const parsed = parseQuestionFile(await readFile(file, 'utf8'));
    if (parsed.ok) questions.push(parsed.question);
    else invalid.push({ file: relative(contentDir, file), errors: parsed.errors });
  }
  return { questions, invalid };
}
