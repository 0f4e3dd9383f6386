import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseQuestionFile, questionSchema, type Question } from '@rehearse/core';
import { z } from 'zod';
import type { QuestionRepository } from './questions.repository.ts';
import type { QuestionService } from './questions.service.ts';

export interface LoadedContent {
  questions: Question[];
  /** Files that failed validation, with the reasons; none of them is loaded. */
  invalid: { file: string; errors: string[] }[];
}

/** The question files as read, not yet parsed, with a fingerprint of what parsing them would give. */
export interface ContentFiles {
  files: { name: string; text: string }[];
  fingerprint: string;
}

/** Parsing depends on the schema as much as on the files: a new schema must re-read unchanged files. */
let schemaFingerprint: string | undefined;

/** Reads every question file (`*.yaml`) under the content directory, in name order. */
export async function readQuestionFiles(contentDir: string): Promise<ContentFiles> {
  const names = (await readdir(contentDir, { recursive: true })).filter((name) => name.endsWith('.yaml')).sort();
  const files = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(contentDir, name), 'utf8') })),
  );
  schemaFingerprint ??= JSON.stringify(z.toJSONSchema(questionSchema, { unrepresentable: 'any' }));
  const hash = createHash('sha256').update(schemaFingerprint);
  for (const { name, text } of files) hash.update(`\0${name}\0${text}`);
  return { files, fingerprint: hash.digest('hex') };
}

export function parseQuestionFiles({ files }: ContentFiles): LoadedContent {
  const questions: Question[] = [];
  const invalid: LoadedContent['invalid'] = [];
  for (const { name, text } of files) {
    const parsed = parseQuestionFile(text);
    if (parsed.ok) questions.push(parsed.question);
    else invalid.push({ file: name, errors: parsed.errors });
  }
  return { questions, invalid };
}

/** Reads and parses every question file (`*.yaml`) under the content directory. */
export async function loadQuestionFiles(contentDir: string): Promise<LoadedContent> {
  return parseQuestionFiles(await readQuestionFiles(contentDir));
}

/**
 * Brings the stored bank in line with the content files. Files exactly as last applied (same bytes, same schema)
 * are not parsed again: parsing 300 YAML files was most of a restart.
 */
export async function syncBankFromFiles(
  questions: QuestionService,
  contentDir: string,
  log: (message: string, details?: object) => void,
) {
  const content = await readQuestionFiles(contentDir);
  if ((await questions.bankSource()) === content.fingerprint)
    return log('question bank unchanged since it was loaded', { files: content.files.length });
  const { questions: parsed, invalid } = parseQuestionFiles(content);
  for (const bad of invalid) log('question file skipped: invalid', bad);
  // A file that fails to parse must not retire its question, so retirement waits for a clean content set; and
  // a set with a bad file is parsed again at every start, so that the log keeps saying which.
  const clean = invalid.length === 0;
  const counts = await questions.syncBank(parsed, {
    retireMissing: clean,
    ...(clean ? { source: content.fingerprint } : {}),
  });
  log('question bank loaded', { ...counts, invalid: invalid.length });
}

/** The bank as its files have it, read-only and in memory: for commands that need no database. */
export function contentRepository(bank: readonly Question[]): QuestionRepository {
  const stored = bank.map((question) => ({ question, ownerId: null, retired: false }));
  const readOnly = () => Promise.reject(new Error('The bank read from its files is read-only.'));
  return {
    listActive: () => Promise.resolve([...stored]),
    findById: (id) => Promise.resolve(stored.find((entry) => entry.question.id === id)),
    idsTaken: (ids) => Promise.resolve(new Set(ids.filter((id) => stored.some((s) => s.question.id === id)))),
    bankSource: () => Promise.resolve(undefined),
    syncBank: readOnly,
    saveOwnMany: readOnly,
    retireOwn: readOnly,
  };
}
