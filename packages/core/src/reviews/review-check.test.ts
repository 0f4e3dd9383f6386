import { describe, expect, it } from 'vitest';
import { exerciseSchema, type ReviewSubmission } from './exercise.schema.ts';
import { checkReview } from './review-check.ts';

const handler = [
  "import { db } from './db';",
  '',
  'export async function findUser(req, res) {',
  '  const rows = await db.query("SELECT * FROM users WHERE name = \'" + req.query.name + "\'");',
  '  res.json(rows);',
  '}',
  '',
  'export async function deleteUser(req, res) {',
  "  await db.query('DELETE FROM users WHERE id = $1', [req.params.id]);",
  '  res.status(204).end();',
  '}',
  '',
  'const x = 86400;',
].join('\n');

const exercise = exerciseSchema.parse({
  id: 'tiny',
  title: 'User endpoints',
  level: 'junior',
  description: 'Adds a search and a delete endpoint for the admin screen.',
  files: [{ path: 'src/users.ts', language: 'typescript', before: '', after: handler }],
  issues: [
    {
      ...{ id: 'injection', file: 'src/users.ts', lines: [4, 4], kind: 'security', severity: 'blocker' },
      title: 'Name pasted into the SQL',
      why: 'The name comes from the query string and is concatenated into the SQL text, so a crafted name runs SQL.',
      evidence: ['sql injection', 'concatenat', 'placeholder', 'parameterized'],
      fix: 'Bind the name as a parameter.',
    },
    {
      ...{ id: 'no-auth', file: 'src/users.ts', lines: [8, 9], kind: 'authorization', severity: 'blocker' },
      title: 'Anyone can delete any user',
      why: 'Nothing checks that the caller is an administrator before the delete runs.',
      evidence: ['authorization', 'admin check', 'any user can delete', 'permission'],
      fix: 'Require the admin role.',
    },
    {
      ...{ id: 'magic', file: 'src/users.ts', lines: [13, 13], kind: 'readability', severity: 'minor' },
      title: 'An unnamed number',
      why: 'A bare 86400 says nothing about being the seconds in a day to the next reader.',
      evidence: ['magic number', 'named constant', 'seconds in a day'],
      fix: 'Name it SECONDS_PER_DAY.',
    },
  ],
  fine: [{ file: 'src/users.ts', lines: [9, 9], why: 'The delete binds the id as a parameter: no injection.' }],
  modelReview: {
    verdict: 'request-changes',
    summary: 'The SQL injection and the missing admin check block this.',
    comments: [
      {
        file: 'src/users.ts',
        line: 4,
        body: 'SQL injection: the name is concatenated into the query; use a placeholder.',
      },
      { file: 'src/users.ts', line: 8, body: 'No authorization: any user can delete any user. Add an admin check.' },
      { file: 'src/users.ts', line: 13, body: 'Magic number: give 86400 a named constant.' },
    ],
  },
});

const review = (
  comments: ReviewSubmission['comments'],
  verdict: ReviewSubmission['verdict'] = 'request-changes',
  summary = '',
) => checkReview(exercise, { comments, summary, verdict });

describe('checking a review', () => {
  it('finds an issue only from a comment near it that explains it', () => {
    expect(review([{ file: 'src/users.ts', line: 4, body: 'Bad.' }]).found).toEqual([]);
    expect(review([{ file: 'src/users.ts', line: 12, body: 'SQL injection here.' }]).found).toEqual([]);
    const found = review([{ file: 'users.ts', line: 5, body: 'The name is concatenated into the SQL: injection.' }]);
    expect(found.found.map((f) => f.issueId)).toEqual(['injection']);
  });

  it('does not take a denial for a finding', () => {
    const denied = review([
      { file: 'src/users.ts', line: 4, body: 'This is not an SQL injection risk, the names are ours.' },
    ]);
    expect(denied.found).toEqual([]);
    expect(denied.scores.precision).toBe(0);
  });

  it('counts comments on fine code and nitpicks called blockers as noise', () => {
    const noisy = review([
      { file: 'src/users.ts', line: 9, body: 'Possible SQL injection in the delete?' },
      { file: 'src/users.ts', line: 13, body: 'Blocker: magic number, use a named constant.' },
    ]);
    expect(noisy.noiseComments.map((n) => n.reason).sort()).toEqual([
      'a minor point presented as a blocker',
      'flags code that is fine',
    ]);
  });

  it('weighs findings by severity, and wants a verdict and a summary that fit', () => {
    const minorOnly = review([{ file: 'src/users.ts', line: 13, body: 'Magic number: name the constant.' }], 'approve');
    const blocker = review(
      [{ file: 'src/users.ts', line: 4, body: 'SQL injection: concatenated user input.' }],
      'request-changes',
      'The SQL injection must be fixed before merging.',
    );
    expect(blocker.scores.recall).toBeGreaterThan(minorOnly.scores.recall);
    expect(minorOnly.verdict.fits).toBe(false);
    expect(blocker.verdict.fits).toBe(true);
    expect(blocker.summaryPrioritises).toBe(true);
    expect(blocker.scores.overall).toBeGreaterThan(minorOnly.scores.overall);
    expect(blocker.followUp).toContain('lines 8–9');
  });

  it('scores the model review fully', () => {
    const model = checkReview(exercise, exercise.modelReview);
    expect(model.missed).toEqual([]);
    expect(model.scores.recall).toBe(100);
    expect(model.scores.overall).toBeGreaterThanOrEqual(90);
  });
});
