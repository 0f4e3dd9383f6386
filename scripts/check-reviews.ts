// Validates every code-review exercise under content/reviews: the schema, 40–250 changed lines, each planted issue
// and fine range shown with its code, and the model review scored by the real scorer: it must find every planted
// issue with no noise. Used while writing content.
//   node scripts/check-reviews.ts [--quiet] [EXERCISE_ID…]
import { join } from 'node:path';
import { changedLineCount, checkReview } from '../packages/core/src/index.ts';
import { loadExercises } from '../packages/server/src/modules/reviews/exercise-content.ts';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.filter((a) => !a.startsWith('--'));
const { exercises, invalid } = await loadExercises(join(import.meta.dirname, '..', 'content', 'reviews'));
for (const bad of invalid) console.log(`${bad.file}:\n  ${bad.errors.join('\n  ')}`);
let problems = invalid.length;
for (const exercise of exercises.filter((e) => !only.length || only.includes(e.id))) {
  const changed = changedLineCount(exercise);
  const check = checkReview(exercise, exercise.modelReview);
  const complaints: string[] = [];
  if (changed < 40 || changed > 250) complaints.push(`${changed} changed lines (want 40–250)`);
  if (check.missed.length) complaints.push(`the model review misses ${check.missed.map((m) => m.issueId).join(', ')}`);
  if (check.noise)
    complaints.push(
      `the model review has noise: ${check.noiseComments.map((n) => `line ${n.comment.line}: ${n.reason}`).join('; ')}`,
    );
  if (!check.verdict.fits) complaints.push(`the model verdict should be ${check.verdict.expected}`);
  if (!check.summaryPrioritises)
    complaints.push('the model summary does not name the most severe issue in its evidence words');
  problems += complaints.length;
  console.log(
    `${exercise.id.padEnd(40)} ${exercise.level.padEnd(7)} ${String(changed).padStart(3)} lines  model overall ${check.scores.overall}${complaints.length ? `\n  ✗ ${complaints.join('\n  ✗ ')}` : ''}`,
  );
  if (quiet) continue;
  const text = (file: string, [start, end]: readonly [number, number]) =>
    (exercise.files.find((f) => f.path === file)?.after.split('\n') ?? [])
      .slice(start - 1, end)
      .map((l) => `      | ${l}`)
      .join('\n');
  for (const issue of exercise.issues)
    console.log(
      `    ${issue.id} (${issue.severity}) ${issue.file}:${issue.lines.join('-')}\n${text(issue.file, issue.lines)}`,
    );
  for (const fine of exercise.fine)
    console.log(`    fine ${fine.file}:${fine.lines.join('-')}\n${text(fine.file, fine.lines)}`);
}
console.log({ exercises: exercises.length, invalid: invalid.length, problems });
process.exitCode = problems ? 1 : 0;
