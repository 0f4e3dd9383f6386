import { readFile } from 'node:fs/promises';
import { loadConfig } from '@rehearse/server/config.ts';
import { checkSolution } from '@rehearse/server/modules/coding/code-check.ts';
import { languageOfFile, loadProblems } from '@rehearse/server/modules/coding/problem-content.ts';
import { openSandbox } from '@rehearse/server/modules/coding/quickjs-sandbox.ts';
import { CODE_LANGUAGES, type CodeCheckReport, type Level } from '@rehearse/core';
import { CliError, printJson } from '../output.ts';

/** Problems need no database: they are read from the content folder, like the server does at start. */
async function problemsFromContent() {
  const { problemsDir } = loadConfig({ LOG_LEVEL: 'silent', ...process.env });
  const { problems, invalid } = await loadProblems(problemsDir);
  for (const bad of invalid) console.error(`rehearse: skipped problem ${bad.folder}: ${bad.errors.join('; ')}`);
  return problems;
}

export async function problemsCommand(options: { level?: Level; json?: boolean }) {
  const listed = (await problemsFromContent())
    .filter(({ problem }) => !options.level || problem.level === options.level)
    .map(({ problem }) => ({
      id: problem.id,
      title: problem.title,
      level: problem.level,
      languages: [...CODE_LANGUAGES],
      tags: problem.tags,
    }));
  if (options.json) return printJson(listed);
  for (const p of listed) console.log(`${p.id.padEnd(30)} ${p.level.padEnd(7)} ${p.title}  [${p.tags.join(', ')}]`);
}

export async function codeCheckCommand(options: { problem: string; solution: string; json?: boolean }) {
  const language = languageOfFile(options.solution);
  if (!language) throw new CliError(`--solution must be a .ts or .js file (got "${options.solution}")`);
  const source = await readFile(options.solution, 'utf8').catch(() => {
    throw new CliError(`cannot read ${options.solution}`);
  });
  const problem = (await problemsFromContent()).find((p) => p.problem.id === options.problem);
  if (!problem) throw new CliError(`no problem "${options.problem}"; see \`rehearse problems\``);
  const report = checkSolution({ problem, language, source }, await openSandbox());
  if (options.json) return printJson(publicReport(report));
  printReport(report);
}

/** The contract of `code check --json`: PRODUCT.md §3, plus the per-test results and explanations. */
function publicReport(report: CodeCheckReport) {
  const { problemId, language, tests, failures, efficiency, quality, scores, stopped } = report;
  return {
    problemId,
    language,
    tests,
    failures,
    efficiency,
    quality: { findings: quality.findings },
    scores,
    ...(stopped ? { stopped: stopped.reason, stoppedDetail: stopped.detail } : {}),
    ...(report.compileError ? { compileError: report.compileError } : {}),
    results: report.results,
    strengths: report.strengths,
    improvements: report.improvements,
  };
}

function printReport(report: CodeCheckReport) {
  const { tests, scores } = report;
  console.log(`${report.problemId} (${report.language})`);
  console.log(
    `  tests: visible ${tests.visible.passed}/${tests.visible.total}, hidden ${tests.hidden.passed}/${tests.hidden.total}`,
  );
  console.log(
    `  scores: overall ${scores.overall}, correctness ${scores.correctness}, efficiency ${scores.efficiency}, quality ${scores.quality}`,
  );
  if (report.stopped) console.log(`  stopped (${report.stopped.reason}): ${report.stopped.detail}`);
  if (report.compileError) console.log(`  ${report.compileError.message}`);
  for (const failure of report.failures) console.log(`  ✗ ${failure.test}: ${failure.message}`);
  console.log(`  efficiency: ${report.efficiency.detail}`);
  for (const finding of report.quality.findings) console.log(`  line ${finding.line}: ${finding.message}`);
  for (const strength of report.strengths) console.log(`  + ${strength}`);
  for (const improvement of report.improvements) console.log(`  - ${improvement}`);
}
