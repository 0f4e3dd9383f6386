// Every code-review exercise: valid, 40–250 changed lines, 3–7 planted issues, and scored in the right order by
// the real scorer: the model review finds every issue with no noise; half of it finds less; the same comments
// emptied of their explanations ("this looks wrong") find nothing; an approval with no comments scores least.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLineCount, checkReview, diffOf, SEVERITY_WEIGHT, type Exercise } from '../packages/core/src/index.ts';
import { loadExercises } from '../packages/server/src/modules/reviews/exercise-content.ts';

const { exercises, invalid } = await loadExercises(join(import.meta.dirname, 'reviews'));

/** The model review cut to the comments that find the more severe half of the issues. */
const half = (exercise: Exercise) => {
  const found = [...checkReview(exercise, exercise.modelReview).found].sort(
    (a, b) => SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity],
  );
  const kept = found.slice(0, Math.ceil(found.length / 2)).map((f) => f.comment);
  return { ...exercise.modelReview, comments: exercise.modelReview.comments.filter((c) => kept.includes(c)) };
};

describe('code-review exercises', () => {
  it('are all valid, and there are at least 30', () => {
    expect(invalid).toEqual([]);
    expect(exercises.length).toBeGreaterThanOrEqual(30);
  });

  for (const exercise of exercises)
    it(`${exercise.id}: a real diff, and reviews scored in the right order`, () => {
      const changed = changedLineCount(exercise);
      expect(changed).toBeGreaterThanOrEqual(40);
      expect(changed).toBeLessThanOrEqual(250);
      const model = checkReview(exercise, exercise.modelReview);
      expect(model.missed, 'the model review misses').toEqual([]);
      expect(model.noise).toBe(0);
      const partial = checkReview(exercise, half(exercise));
      const vague = checkReview(exercise, {
        ...exercise.modelReview,
        summary: 'A few things to look at.',
        comments: exercise.modelReview.comments.map((c) => ({ ...c, body: 'This looks wrong, please fix it.' })),
      });
      const approval = checkReview(exercise, { comments: [], summary: 'LGTM', verdict: 'approve' });
      expect(model.scores.overall).toBeGreaterThan(partial.scores.overall);
      expect(partial.scores.overall).toBeGreaterThan(vague.scores.overall);
      expect(vague.found).toEqual([]);
      expect(vague.scores.overall).toBeGreaterThanOrEqual(approval.scores.overall);
      expect(partial.followUp).not.toBeNull();

      // The thresholds the round promises: a model review at least 85, an empty review at most 5, "bug" on every
      // changed line at most 15, and naming the issues without explaining them clearly below explaining them.
      expect(model.scores.overall).toBeGreaterThanOrEqual(85);
      expect(checkReview(exercise, { comments: [], summary: '', verdict: 'request-changes' }).scores.overall).toBeLessThanOrEqual(5);
      const everyLine = diffOf(exercise).flatMap((file) =>
        file.hunks.flatMap((h) => h.lines.filter((l) => l.kind === 'added').map((l) => ({ file: file.path, line: l.newLine!, body: 'bug, fix this' }))),
      );
      expect(checkReview(exercise, { comments: everyLine.slice(0, 100), summary: 'Bugs.', verdict: 'request-changes' }).scores.overall).toBeLessThanOrEqual(15);
      const named = checkReview(exercise, {
        ...exercise.modelReview,
        summary: '',
        comments: model.found.map((f) => ({ ...f.comment, body: exercise.issues.find((i) => i.id === f.issueId)!.evidence[0]! })),
      });
      expect(named.scores.overall).toBeLessThanOrEqual(model.scores.overall - 10);
    });
});
