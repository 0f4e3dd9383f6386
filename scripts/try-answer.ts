// Content-writing aid: analyses one answer against one bank question and prints what fired, so a writer can check
// that an evidence phrase or a misconception signal catches what it should and nothing else.
//   node scripts/try-answer.ts QUESTION_ID "answer text"          (or - to read the answer from stdin)
//   node scripts/try-answer.ts --search "an interviewer's question"   (the bank's best matches)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAnswer, createQuestionIndex, parseQuestionFile, type Question } from '../packages/core/src/index.ts';

const [first, second] = process.argv.slice(2);
const root = join(import.meta.dirname, '..', 'content', 'questions');
const bank: Question[] = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const parsed = parseQuestionFile(readFileSync(join(root, f), 'utf8'));
    if (!parsed.ok) console.error(`invalid ${f}: ${parsed.errors.join('; ')}`);
    return parsed.ok ? [parsed.question] : [];
  });
const index = createQuestionIndex(bank);

if (first === '--search' && second) {
  for (const hit of index.search(second, { limit: 5 }))
    console.log(`${hit.score.toFixed(2)}  ${hit.id}  (coverage ${hit.coverage.toFixed(2)})`);
  process.exit(0);
}
const question = first ? index.get(first) : undefined;
if (!question || !second) {
  console.error('usage: node scripts/try-answer.ts QUESTION_ID "answer" | --search "query"');
  process.exit(2);
}
const text = second === '-' ? readFileSync(0, 'utf8') : second;
const analysis = analyzeAnswer(question, text, { index });
console.log(`verdict ${analysis.verdict}; scores ${JSON.stringify(analysis.scores)}`);
for (const point of analysis.keyPoints)
  console.log(
    `  ${point.covered ? '✓' : point.denied ? '✗' : ' '} ${point.id} ${point.strength}${point.evidence ? `  «${point.evidence}»` : ''}`,
  );
for (const m of analysis.misconceptions) console.log(`  misconception ${m.id}: «${m.sentence}»`);
console.log(`  relevance ${JSON.stringify(analysis.relevance)}`);
