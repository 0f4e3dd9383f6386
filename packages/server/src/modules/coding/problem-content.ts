// Reads the coding problems: one folder per problem under the problems directory, with problem.yaml and a
// reference solution per language.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CODE_LANGUAGES, parseProblemFile, type CodeLanguage, type ProblemWithReferences } from '@rehearse/core';

export interface LoadedProblems {
  readonly problems: ProblemWithReferences[];
  readonly invalid: Array<{ readonly folder: string; readonly errors: string[] }>;
}

const EXTENSION: Readonly<Record<CodeLanguage, string>> = { typescript: 'ts', javascript: 'js' };

export async function loadProblems(problemsDir: string): Promise<LoadedProblems> {
  if (!existsSync(problemsDir)) return { problems: [], invalid: [] };
  const folders = (await readdir(problemsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const problems: ProblemWithReferences[] = [];
  const invalid: LoadedProblems['invalid'] = [];
  for (const folder of folders.sort()) {
    const dir = join(problemsDir, folder);
    const references: Partial<Record<CodeLanguage, string>> = {};
    for (const language of CODE_LANGUAGES)
      references[language] = await readIfPresent(join(dir, `reference.${EXTENSION[language]}`));
    const parsed = parseProblemFile((await readIfPresent(join(dir, 'problem.yaml'))) ?? '', references);
    if (!parsed.ok) invalid.push({ folder, errors: parsed.errors });
    else if (parsed.value.problem.id !== folder)
      invalid.push({ folder, errors: [`the id must equal the folder name`] });
    else problems.push(parsed.value);
  }
  return { problems, invalid };
}

/** The language a solution file is written in, from its extension. */
export function languageOfFile(path: string): CodeLanguage | null {
  if (/\.(?:ts|mts|cts)$/i.test(path)) return 'typescript';
  if (/\.(?:js|mjs|cjs)$/i.test(path)) return 'javascript';
  return null;
}

async function readIfPresent(path: string): Promise<string | undefined> {
  return existsSync(path) ? readFile(path, 'utf8') : undefined;
}
