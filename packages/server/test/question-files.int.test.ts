import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncBankFromFiles } from '../src/modules/questions/question-content.ts';
import { availableDialects, buildTestApp, type TestApp } from './helper.ts';

const dialects = await availableDialects();
const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content', 'questions');

describe.each(dialects)('the bank from its content files on %s', (dialect) => {
  let t: TestApp;
  let dir: string;
  const logged: string[] = [];
  const sync = () => syncBankFromFiles(t.deps.questions, dir, (message) => void logged.push(message));

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    dir = mkdtempSync(join(tmpdir(), 'rehearse-content-'));
    cpSync(join(CONTENT, 'databases'), join(dir, 'databases'), { recursive: true });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('parses the files again only when they changed since they were loaded', async () => {
    await sync();
    expect(logged.splice(0)).toEqual(['question bank loaded']);
    const count = (await t.deps.questions.list({}, null)).length;
    expect(count).toBeGreaterThan(5);
    await sync();
    expect(logged.splice(0)).toEqual(['question bank unchanged since it was loaded']);
    appendFileSync(join(dir, 'databases', 'acid-properties.yaml'), '# a comment changes the bytes\n');
    await sync();
    expect(logged.splice(0)).toEqual(['question bank loaded']);
  });

  it('keeps parsing a set with an invalid file at every start, so the log keeps naming it', async () => {
    writeFileSync(join(dir, 'databases', 'broken.yaml'), 'id: [unclosed\n');
    await sync();
    await sync();
    expect(logged.splice(0)).toEqual([
      'question file skipped: invalid',
      'question bank loaded',
      'question file skipped: invalid',
      'question bank loaded',
    ]);
  });
});
