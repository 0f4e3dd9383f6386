// Dev aid: one line per answer of an evaluation set with its kind, scores and the signals behind them, for looking
// at where the analysis goes wrong. Resolves questions like `rehearse eval` (or by a targets file), and shows the
// bank question's own scores: `rehearse eval` also weighs in the item's own points by the doubt (1 − confidence).
//   node scripts/eval-detail.ts SET.json [--targets TARGETS.json] [--kind KIND]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeAnswer,
  createQuestionIndex,
  createSearchResolver,
  parseEvalSet,
  parseQuestionFile,
  type Question,
} from '../packages/core/src/index.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = join(import.meta.dirname, '..', 'content', 'questions');
const bank: Question[] = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const parsed = parseQuestionFile(readFileSync(join(root, f), 'utf8'));
    return parsed.ok ? [parsed.question] : [];
  });
const index = createQuestionIndex(bank);
const raw = JSON.parse(readFileSync(args[0] ?? '', 'utf8')) as {
  items: Array<{ id: string; answers: Array<{ kind?: string }> }>;
};
const parsed = parseEvalSet(raw);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const targetsFile = option('--targets');
const targets = targetsFile ? (JSON.parse(readFileSync(targetsFile, 'utf8')) as Record<string, string>) : {};
const resolve = createSearchResolver(index);
const onlyKind = option('--kind');
parsed.set.items.forEach((item, itemIndex) => {
  const target = targets[item.id] ? index.get(targets[item.id]!) : undefined;
  const question = target ?? resolve(item).question;
  item.answers.forEach((answer, answerIndex) => {
    const kind = raw.items[itemIndex]?.answers[answerIndex]?.kind ?? answer.quality;
    if (onlyKind && kind !== onlyKind) return;
    const a = analyzeAnswer(question, answer.text, { index });
    const points = a.keyPoints.map((p) => (p.covered ? '+' : p.denied ? '!' : '.')).join('');
    console.log(
      `${item.id.padEnd(28)} ${kind.padEnd(20)} ${String(a.scores.overall).padStart(3)} c${String(a.scores.content).padStart(3)} s${String(a.scores.structure).padStart(3)} ${a.verdict.slice(0, 3)} pts ${points.padEnd(8)} mis ${a.misconceptions.length} over ${a.substance.overclaims.length} depth ${a.depth.filter((d) => d.found).length} words ${a.substance.wordCount} topic ${a.relevance.topicShare} rank ${a.relevance.rankRatio}`,
    );
  });
});
