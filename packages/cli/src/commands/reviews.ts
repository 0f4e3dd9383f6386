import { readFile } from 'node:fs/promises';
import { loadConfig } from '@rehearse/server/config.ts';
import { languagesOf, loadExercises } from '@rehearse/server/modules/reviews/exercise-content.ts';
import { checkReview, reviewInputErrors, reviewSubmissionSchema, type Level, type ReviewCheck } from '@rehearse/core';
import { CliError, printJson } from '../output.ts';

/** Exercises need no database: they are read from the content folder, like the server does at start. */
async function exercisesFromContent() {
  const { reviewsDir } = loadConfig({ LOG_LEVEL: 'silent', ...process.env });
  const { exercises, invalid } = await loadExercises(reviewsDir);
  for (const bad of invalid) console.error(`rehearse: skipped exercise ${bad.file}: ${bad.errors.join('; ')}`);
  return exercises;
}

export async function reviewsCommand(options: { level?: Level; json?: boolean }) {
  const listed = (await exercisesFromContent())
    .filter((exercise) => !options.level || exercise.level === options.level)
    .map((exercise) => ({
      id: exercise.id,
      title: exercise.title,
      level: exercise.level,
      languages: languagesOf(exercise),
    }));
  if (options.json) return printJson(listed);
  for (const e of listed)
    console.log(`${e.id.padEnd(40)} ${e.level.padEnd(7)} ${e.title}  [${e.languages.join(', ')}]`);
}

export async function reviewCheckCommand(options: { exercise: string; review: string; json?: boolean }) {
  const text = await readFile(options.review, 'utf8').catch(() => {
    throw new CliError(`cannot read ${options.review}`);
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CliError(`${options.review} is not JSON: {comments:[{file, line, endLine?, body}], summary, verdict}`);
  }
  const parsed = reviewSubmissionSchema.safeParse(raw);
  if (!parsed.success)
    throw new CliError(
      `${options.review}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`,
    );
  const exercise = (await exercisesFromContent()).find((e) => e.id === options.exercise);
  if (!exercise) throw new CliError(`no exercise "${options.exercise}"; see \`rehearse reviews\``);
  const errors = reviewInputErrors(exercise, parsed.data);
  if (errors.length) throw new CliError(`${options.review}: ${errors.join('; ')}`);
  const check = checkReview(exercise, parsed.data);
  if (options.json) return printJson(publicCheck(check));
  printCheck(check);
}

/** The contract of `review check --json`: PRODUCT.md §3, plus the details the app shows. */
function publicCheck(check: ReviewCheck) {
  return {
    exerciseId: check.exerciseId,
    found: check.found.map(({ issueId, severity, comment, explanation }) => ({
      issueId,
      severity,
      comment,
      explanation,
    })),
    missed: check.missed,
    noise: check.noise,
    scores: check.scores,
    noiseComments: check.noiseComments,
    verdict: check.verdict,
    summaryPrioritises: check.summaryPrioritises,
    followUp: check.followUp,
    strengths: check.strengths,
    improvements: check.improvements,
  };
}

function printCheck(check: ReviewCheck) {
  const { scores } = check;
  console.log(check.exerciseId);
  console.log(
    `  scores: overall ${scores.overall}, recall ${scores.recall}, precision ${scores.precision}, explanation ${scores.explanation}`,
  );
  for (const found of check.found) console.log(`  ✓ ${found.issueId} (${found.severity}) line ${found.comment.line}`);
  for (const missed of check.missed) console.log(`  ✗ ${missed.issueId} (${missed.severity})`);
  for (const noise of check.noiseComments) console.log(`  ~ line ${noise.comment.line}: ${noise.reason}`);
  for (const strength of check.strengths) console.log(`  + ${strength}`);
  for (const improvement of check.improvements) console.log(`  - ${improvement}`);
  if (check.followUp) console.log(`  next question: ${check.followUp}`);
}
