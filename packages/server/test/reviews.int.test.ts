// The code-review round through the API on both databases: the pull request as a diff with nothing of what was
// planted, a review checked and kept, the debrief after it, history owner-only, bad input refused unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';

const dialects = await availableDialects();
const EXERCISE = '/api/v1/review-exercises/order-export-endpoint';

interface Submission {
  id: string;
  result: {
    found: Array<{ issueId: string }>;
    scores: { recall: number; precision: number; overall: number };
    followUp: string | null;
  };
  debrief: { issues: Array<{ id: string }>; modelReview: { verdict: string } } | null;
}

describe.each(dialects)('the code-review round on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  let strangerCookie: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    cookie = (await signUp(t.app)).cookie;
    strangerCookie = (await signUp(t.app)).cookie;
  });
  afterAll(async () => t.close());

  const submit = (payload: object, as = cookie) =>
    t.app.inject({ method: 'POST', url: `${EXERCISE}/submissions`, headers: { ...ORIGIN, cookie: as }, payload });

  it('shows the pull request as a diff, with nothing of what was planted', async () => {
    const response = await t.app.inject({ url: EXERCISE, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const view = response.json<{
      files: Array<{
        path: string;
        additions: number;
        hunks: Array<{ lines: Array<{ kind: string; newLine: number | null }> }>;
      }>;
    }>();
    expect(view.files.map((f) => f.path)).toContain('src/orders/export.routes.ts');
    const added = view.files[0]!.hunks.flatMap((h) => h.lines).filter((l) => l.kind === 'added');
    expect(added.length).toBe(view.files[0]!.additions);
    expect(added.every((l) => typeof l.newLine === 'number')).toBe(true);
    expect(response.body).not.toContain('sql-injection');
    expect(response.body).not.toContain('modelReview');
  });

  it('checks a review, keeps it, and debriefs with the planted issues and the model review', async () => {
    const response = await submit({
      comments: [
        {
          file: 'src/orders/export.routes.ts',
          line: 12,
          endLine: 14,
          body: 'The status and customer id are concatenated into the SQL: an injection. Use placeholders.',
        },
        { file: 'src/orders/export.routes.ts', line: 3, body: 'nit: I would rename db.' },
      ],
      summary: 'The SQL injection has to go before anything else.',
      verdict: 'request-changes',
    });
    expect(response.statusCode).toBe(201);
    const submission = response.json<Submission>();
    expect(submission.result.found.map((f) => f.issueId)).toEqual(['sql-injection']);
    expect(submission.result.scores.precision).toBe(50);
    expect(submission.result.followUp).toContain('export.routes.ts');
    expect(submission.debrief?.issues.length).toBeGreaterThanOrEqual(3);
    expect(submission.debrief?.modelReview.verdict).toBe('request-changes');
    const again = await t.app.inject({ url: `/api/v1/review-submissions/${submission.id}`, headers: { cookie } });
    expect(again.json<Submission>().result.scores.overall).toBe(submission.result.scores.overall);
    const stranger = await t.app.inject({
      url: `/api/v1/review-submissions/${submission.id}`,
      headers: { cookie: strangerCookie },
    });
    expect(stranger.statusCode).toBe(404);
    const history = await t.app.inject({ url: `${EXERCISE}/submissions`, headers: { cookie: strangerCookie } });
    expect(history.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('scores a vague review far below an explaining one', async () => {
    const vague = (
      await submit({
        comments: [{ file: 'src/orders/export.routes.ts', line: 12, body: 'This looks bad.' }],
        summary: 'Some problems.',
        verdict: 'request-changes',
      })
    ).json<Submission>();
    expect(vague.result.found).toEqual([]);
    expect(vague.result.scores.overall).toBeLessThan(15);
  });

  it('refuses bad input with a problem and stores nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.deps.database.db
            .selectFrom('review_submissions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const comment = (file: string, line: number) => ({ file, line, body: 'The SQL is concatenated: injection.' });
    const responses = await Promise.all([
      submit({ comments: [], verdict: 'lgtm' }),
      submit({ comments: [{ file: 'x', line: 0, body: 'b' }], verdict: 'comment' }),
      submit({ comments: [comment('src/orders/export.routes.ts', 999)], verdict: 'comment' }),
      submit({ comments: [comment('src/not/in/the/change.ts', 3)], verdict: 'comment' }),
      submit({
        comments: Array.from({ length: 101 }, () => comment('src/orders/export.routes.ts', 12)),
        verdict: 'comment',
      }),
      t.app.inject({
        method: 'POST',
        url: '/api/v1/review-exercises/nope/submissions',
        headers: { ...ORIGIN, cookie },
        payload: { comments: [], verdict: 'comment' },
      }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([400, 400, 422, 422, 400, 404]);
    expect(responses[2].json<{ detail: string }>().detail).toContain('999');
    for (const r of responses) expect(r.headers['content-type']).toContain('application/problem+json');
    expect(await count()).toBe(before);
  });
});
