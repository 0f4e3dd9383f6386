// Validates every question file under content/questions and prints counts. Used while writing content.
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parseQuestionFile } from '../packages/core/src/questions/question-file.ts';

const root = join(import.meta.dirname, '..', 'content', 'questions');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
const byCategory = new Map<string, number>();
const byLevel = new Map<string, number>();
const ids = new Set<string>();
let bad = 0;
for (const file of files) {
  const parsed = parseQuestionFile(readFileSync(join(root, file), 'utf8'));
  if (!parsed.ok) {
    bad++;
    console.log(`${file}:\n  ${parsed.errors.join('\n  ')}`);
    continue;
  }
  const q = parsed.question;
  if (basename(file, '.yaml') !== q.id) {
    bad++;
    console.log(`${file}: file name must equal id ${q.id}`);
  }
  if (ids.has(q.id)) {
    bad++;
    console.log(`${file}: duplicate id ${q.id}`);
  }
  ids.add(q.id);
  const words = q.modelAnswer.split(/\s+/).length;
  if (q.category !== 'behavioral' && (words < 120 || words > 250))
    console.log(`${file}: model answer has ${words} words (want 120-250)`);
  byCategory.set(q.category, (byCategory.get(q.category) ?? 0) + 1);
  byLevel.set(q.level, (byLevel.get(q.level) ?? 0) + 1);
}
console.log({
  files: files.length,
  invalid: bad,
  byCategory: Object.fromEntries(byCategory),
  byLevel: Object.fromEntries(byLevel),
});
process.exitCode = bad ? 1 : 0;
