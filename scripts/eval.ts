// Dev script: runs an evaluation set against the question bank and prints the metrics and every answer's scores.
//   node scripts/eval.ts /work/shared/eval/dev.json [--json] [--explain]
// The same core functions back `rehearse eval`; this script only does the file reading and printing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeAnswer,
  createQuestionIndex,
  createSearchResolver,
  evaluate,
  parseEvalSet,
  parseQuestionFile,
  type AnswerAnalysis,
  type Question,
} from '../packages/core/src/index.ts';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--targets');
if (!file) {
  console.error('usage: node scripts/eval.ts FILE.json [--json] [--explain]');
  process.exit(2);
}

const questions = loadBank(join(import.meta.dirname, '..', 'content', 'questions'));
const parsed = parseEvalSet(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok) {
  console.error(`${file} is not a valid evaluation set:\n  ${parsed.errors.join('\n  ')}`);
  process.exit(1);
}

const index = createQuestionIndex(questions);
const analyses = new Map<string, AnswerAnalysis>();
const result = evaluate(parsed.set.items, createSearchResolver(index), (question, text) => {
  const analysis = analyzeAnswer(question, text, { index });
  analyses.set(text, analysis);
  return analysis;
});

const targetsAt = args.indexOf('--targets');
if (targetsAt >= 0) {
  // Resolution against the intended bank question of each item ({"item-id": "bank-id"}), when the set has them.
  const targets = JSON.parse(readFileSync(args[targetsAt + 1] ?? '', 'utf8')) as Record<string, string>;
  const wrong = result.items.filter((item) => targets[item.id] && targets[item.id] !== item.questionId);
  console.error(
    `intended question found for ${result.items.length - wrong.length} of ${result.items.length}` +
      wrong.map((item) => `\n  ${item.id}: got ${item.questionId ?? '(fallback)'}, want ${targets[item.id]}`).join(''),
  );
}

if (args.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`bank: ${questions.length} questions; eval: ${parsed.set.items.length} items`);
  for (const item of result.items) {
    const r = item.resolution;
    console.log(
      `\n${item.id} → ${item.questionId ?? '(no bank question)'} [${r.method}, confidence ${r.confidence}${r.candidates.length ? `; ${r.candidates.map((c) => `${c.id} ${c.score}`).join(', ')}` : ''}]`,
    );
    for (const answer of item.answers) {
      const s = answer.scores;
      console.log(
        `  ${answer.quality.padEnd(8)} overall ${pad(s.overall)}  content ${pad(s.content)}  structure ${pad(s.structure)}  ${answer.verdict ?? ''}`,
      );
      if (args.includes('--explain')) explain(analyses.get(answer.transcript));
    }
  }
  console.log('\nmetrics:', JSON.stringify(result.metrics, null, 2));
}

function loadBank(root: string): Question[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const bank: Question[] = [];
  for (const name of files) {
    const parsedFile = parseQuestionFile(readFileSync(join(root, name), 'utf8'));
    if (parsedFile.ok) bank.push(parsedFile.question);
    else console.error(`skipping ${name}: ${parsedFile.errors[0]}`);
  }
  return bank;
}

function explain(analysis: AnswerAnalysis | undefined): void {
  if (!analysis) return;
  const points = analysis.keyPoints.map((p) => `${p.id}:${p.strength}${p.denied ? '!' : ''}`).join(' ');
  const { substance: sub, relevance: rel } = analysis;
  console.log(`           points ${points}`);
  console.log(
    `           topic ${rel.topicShare.toFixed(2)} rank ${rel.rankRatio?.toFixed(2) ?? '-'} instead ${rel.seemsToAnswer?.id ?? '-'} | list ${sub.listShare} verbs/clause ${sub.verbsPerClause} filler ${sub.fillerShare} empty ${sub.emptySentenceShare} length ${sub.lengthRatio}${sub.buzzwordList ? ' BUZZ' : ''}`,
  );
  console.log(
    `           depth ${
      analysis.depth
        .filter((d) => d.found)
        .map((d) => d.kind)
        .join(',') || '-'
    } | structure ${
      analysis.structure.parts
        .filter((p) => p.found)
        .map((p) => p.id)
        .join(',') || '-'
    } | misconceptions ${analysis.misconceptions.map((m) => m.id).join(',') || '-'}`,
  );
}

function pad(value: number): string {
  return String(value).padStart(3);
}
