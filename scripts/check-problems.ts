// Validates every coding problem under content/problems and, unless --schema-only, checks each reference solution
// (both languages) and each variant in the sandbox: references must pass every test; a slow variant must score
// lower on efficiency, a messy one lower on quality and a wrong one lower on correctness. Used while writing content.
//   node scripts/check-problems.ts [--schema-only] [PROBLEM_ID…]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSolution } from '../packages/server/src/modules/coding/code-check.ts';
import { languageOfFile, loadProblems } from '../packages/server/src/modules/coding/problem-content.ts';
import { openSandbox } from '../packages/server/src/modules/coding/quickjs-sandbox.ts';

const args = process.argv.slice(2);
const schemaOnly = args.includes('--schema-only');
const only = args.filter((a) => !a.startsWith('--'));
const root = join(import.meta.dirname, '..', 'content', 'problems');
const { problems, invalid } = await loadProblems(root);
for (const bad of invalid) console.log(`${bad.folder}:\n  ${bad.errors.join('\n  ')}`);
let failures = invalid.length;
const chosen = problems.filter((p) => !only.length || only.includes(p.problem.id));
if (!schemaOnly)
  for (const entry of chosen) {
    const { problem } = entry;
    const session = await openSandbox();
    const line: string[] = [problem.id.padEnd(28), problem.level.padEnd(7)];
    const scores: Record<string, ReturnType<typeof checkSolution>['scores']> = {};
    for (const language of ['typescript', 'javascript'] as const) {
      const report = checkSolution({ problem: entry, language, source: entry.references[language] }, session);
      scores[language] = report.scores;
      const ok = report.scores.correctness === 100;
      if (!ok) failures++;
      line.push(
        `${language === 'typescript' ? 'ts' : 'js'} c${report.scores.correctness} e${report.scores.efficiency} q${report.scores.quality}${ok ? '' : ' FAIL'}`,
      );
      if (!ok) for (const f of report.failures) console.log(`  ${problem.id} ${language}: ${f.test}: ${f.message}`);
      if (report.quality.findings.length)
        console.log(
          `  ${problem.id} ${language} findings: ${report.quality.findings.map((f) => `${f.line}:${f.rule}`).join(' ')}`,
        );
    }
    const variants = join(root, problem.id, 'variants');
    for (const file of existsSync(variants) ? readdirSync(variants) : []) {
      const language = languageOfFile(file);
      if (!language) continue;
      const report = checkSolution(
        { problem: entry, language, source: readFileSync(join(variants, file), 'utf8') },
        session,
      );
      const reference = scores[language]!;
      const kind = file.replace(/\.\w+$/, '');
      const expectation =
        kind === 'slow'
          ? report.scores.efficiency < reference.efficiency && report.scores.correctness >= 80
          : kind === 'messy'
            ? report.scores.quality < reference.quality && report.scores.correctness === 100
            : kind === 'wrong'
              ? report.scores.correctness < 100
              : true;
      if (!expectation || report.scores.overall >= reference.overall) failures++;
      line.push(
        `${kind} c${report.scores.correctness} e${report.scores.efficiency} q${report.scores.quality} o${report.scores.overall}${expectation && report.scores.overall < reference.overall ? '' : ' UNEXPECTED'}`,
      );
    }
    console.log(line.join('  '));
  }
console.log({ problems: problems.length, invalid: invalid.length, checked: schemaOnly ? 0 : chosen.length, failures });
process.exitCode = failures ? 1 : 0;
