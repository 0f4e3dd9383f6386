// The authorization matrix: every operation of the OpenAPI document, called by nobody, by another user and (for
// administration) by a non-administrator. A new endpoint without a case here fails the first test, so none ships
// without someone deciding who may call it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, startInterview, type TestApp } from './helper.ts';
import { cachingQuestion, indexingQuestion, lockingQuestion, makeQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();

/** open: anyone; signed-in: 401 without a user; owned: also 403/404 for another user; admin: 403 for the others. */
type Access = 'open' | 'signed-in' | 'owned' | 'admin';

interface Ids {
  question: string;
  analysis: string;
  recording: string;
  interview: string;
  token: string;
  user: string;
  attempt: string;
  review: string;
  kit: string;
  scorecard: string;
  practice: string;
  team: string;
  invitation: string;
}

interface Case {
  access: Access;
  /** The concrete URL, with the owner's resources in place of the path parameters. */
  url: (ids: Ids) => string;
  /** A body valid for the route, so that a refusal is about who asks, not what was sent. */
  body?: (ids: Ids) => object;
}

const { id: _ignored, ...questionBody } = makeQuestion({ id: 'ignored', prompt: 'A stranger may not edit this one?' });

const KIT_BODY = {
  role: 'Backend engineer',
  level: 'mid',
  questions: [{ kind: 'bank', questionId: 'database-indexes' }],
};
const SCORECARD_BODY = { candidate: 'Ann', entries: [{ questionKey: 'database-indexes', rating: 3 }] };

const CASES: Record<string, Case> = {
  'POST /api/v1/auth/sign-up': { access: 'open', url: () => '/api/v1/auth/sign-up' },
  'POST /api/v1/auth/sign-in': { access: 'open', url: () => '/api/v1/auth/sign-in' },
  'GET /api/v1/health': { access: 'open', url: () => '/api/v1/health' },
  'GET /api/v1/health/live': { access: 'open', url: () => '/api/v1/health/live' },
  'GET /api/v1/health/ready': { access: 'open', url: () => '/api/v1/health/ready' },
  'POST /api/v1/auth/sign-out': { access: 'signed-in', url: () => '/api/v1/auth/sign-out' },
  // Who is signed in: nobody is an answer ({ user: null }), so a signed-out page asks without an error.
  'GET /api/v1/auth/session': { access: 'open', url: () => '/api/v1/auth/session' },
  'POST /api/v1/tokens': { access: 'signed-in', url: () => '/api/v1/tokens', body: () => ({ name: 'x' }) },
  'GET /api/v1/tokens': { access: 'signed-in', url: () => '/api/v1/tokens' },
  'DELETE /api/v1/tokens/{id}': { access: 'owned', url: (ids) => `/api/v1/tokens/${ids.token}` },
  // One's own account only (there is no other's to name); the password makes a refusal about who asks.
  'DELETE /api/v1/account': {
    access: 'signed-in',
    url: () => '/api/v1/account',
    body: () => ({ password: 'not the password' }),
  },
  'GET /api/v1/users': { access: 'admin', url: () => '/api/v1/users' },
  'PATCH /api/v1/users/{id}/role': {
    access: 'admin',
    url: (ids) => `/api/v1/users/${ids.user}/role`,
    body: () => ({ role: 'coach' }),
  },
  'GET /api/v1/questions': { access: 'open', url: () => '/api/v1/questions' },
  'POST /api/v1/questions': { access: 'signed-in', url: () => '/api/v1/questions', body: () => questionBody },
  'GET /api/v1/questions/export': { access: 'signed-in', url: () => '/api/v1/questions/export' },
  'GET /api/v1/questions/{id}': { access: 'owned', url: (ids) => `/api/v1/questions/${ids.question}` },
  'PUT /api/v1/questions/{id}': {
    access: 'owned',
    url: (ids) => `/api/v1/questions/${ids.question}`,
    body: () => questionBody,
  },
  'DELETE /api/v1/questions/{id}': { access: 'owned', url: (ids) => `/api/v1/questions/${ids.question}` },
  'POST /api/v1/questions/import': {
    access: 'signed-in',
    url: () => '/api/v1/questions/import',
    body: () => ({ questions: [questionBody] }),
  },
  'POST /api/v1/analyses': {
    access: 'signed-in',
    url: () => '/api/v1/analyses',
    body: (ids) => ({ questionId: ids.question, answer: 'An answer.' }),
  },
  'GET /api/v1/analyses': { access: 'signed-in', url: () => '/api/v1/analyses' },
  'GET /api/v1/analyses/{id}': { access: 'owned', url: (ids) => `/api/v1/analyses/${ids.analysis}` },
  'GET /api/v1/recordings/{id}': { access: 'owned', url: (ids) => `/api/v1/recordings/${ids.recording}` },
  'DELETE /api/v1/recordings/{id}': { access: 'owned', url: (ids) => `/api/v1/recordings/${ids.recording}` },
  'GET /api/v1/recordings/{id}/meta': { access: 'owned', url: (ids) => `/api/v1/recordings/${ids.recording}/meta` },
  'POST /api/v1/interviews': {
    access: 'signed-in',
    url: () => '/api/v1/interviews',
    body: () => ({ round: 'concepts', level: 'mid', categories: ['databases'] }),
  },
  'GET /api/v1/interviews': { access: 'signed-in', url: () => '/api/v1/interviews' },
  'POST /api/v1/interviews/{id}/retake': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/retake`,
  },
  'GET /api/v1/interviews/{id}': { access: 'owned', url: (ids) => `/api/v1/interviews/${ids.interview}` },
  'DELETE /api/v1/interviews/{id}': { access: 'owned', url: (ids) => `/api/v1/interviews/${ids.interview}` },
  'POST /api/v1/interviews/{id}/events': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/events`,
    body: () => ({ event: 'pause', expectedVersion: 1 }),
  },
  'POST /api/v1/interviews/{id}/answers': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/answers`,
    body: () => ({ turnId: '0.0', mode: 'typed', text: 'A stranger answers.', expectedVersion: 1 }),
  },
  'POST /api/v1/interviews/{id}/turns/{turnId}/retry': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/turns/0.0/retry`,
  },
  'PUT /api/v1/interviews/{id}/turns/{turnId}/transcript': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/turns/0.0/transcript`,
    body: () => ({ text: 'A stranger rewrites it.' }),
  },
  'GET /api/v1/interviews/{id}/summary': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/summary`,
  },
  'GET /api/v1/interviews/{id}/stream': { access: 'owned', url: (ids) => `/api/v1/interviews/${ids.interview}/stream` },
  'GET /api/v1/problems': { access: 'signed-in', url: () => '/api/v1/problems' },
  'GET /api/v1/problems/{id}': { access: 'signed-in', url: () => '/api/v1/problems/lru-cache' },
  'POST /api/v1/problems/{id}/attempts': {
    access: 'signed-in',
    url: () => '/api/v1/problems/lru-cache/attempts',
    body: () => ({ language: 'javascript', source: 'export class LRUCache {}', mode: 'run' }),
  },
  'GET /api/v1/problems/{id}/attempts': { access: 'signed-in', url: () => '/api/v1/problems/lru-cache/attempts' },
  'GET /api/v1/code-attempts/{id}': { access: 'owned', url: (ids) => `/api/v1/code-attempts/${ids.attempt}` },
  'POST /api/v1/code-attempts/{id}/follow-ups': {
    access: 'owned',
    url: (ids) => `/api/v1/code-attempts/${ids.attempt}/follow-ups`,
    body: () => ({ followUpId: 'lru-cache--complexity', answer: 'O(1) per operation.' }),
  },
  'GET /api/v1/review-exercises': { access: 'signed-in', url: () => '/api/v1/review-exercises' },
  'GET /api/v1/review-exercises/{id}': {
    access: 'signed-in',
    url: () => '/api/v1/review-exercises/order-export-endpoint',
  },
  'POST /api/v1/review-exercises/{id}/submissions': {
    access: 'signed-in',
    url: () => '/api/v1/review-exercises/order-export-endpoint/submissions',
    body: () => ({ comments: [], summary: '', verdict: 'comment' }),
  },
  'GET /api/v1/review-exercises/{id}/submissions': {
    access: 'signed-in',
    url: () => '/api/v1/review-exercises/order-export-endpoint/submissions',
  },
  'GET /api/v1/review-submissions/{id}': { access: 'owned', url: (ids) => `/api/v1/review-submissions/${ids.review}` },
  'GET /api/v1/study/checklist': { access: 'signed-in', url: () => '/api/v1/study/checklist' },
  'GET /api/v1/study/queue': { access: 'signed-in', url: () => '/api/v1/study/queue' },
  // A card is the viewer's own; a question private to another user has none for them to read or grade.
  'GET /api/v1/study/cards/{questionId}': { access: 'owned', url: (ids) => `/api/v1/study/cards/${ids.question}` },
  'POST /api/v1/study/cards/{questionId}/reviews': {
    access: 'owned',
    url: (ids) => `/api/v1/study/cards/${ids.question}/reviews`,
    body: () => ({ grade: 'good' }),
  },
  'GET /api/v1/study/settings': { access: 'signed-in', url: () => '/api/v1/study/settings' },
  'PUT /api/v1/study/settings': {
    access: 'signed-in',
    url: () => '/api/v1/study/settings',
    body: () => ({ newPerDay: 10, reviewsPerDay: 100 }),
  },
  'GET /api/v1/progress': { access: 'signed-in', url: () => '/api/v1/progress?tz=Europe/Berlin' },
  'GET /api/v1/history': { access: 'signed-in', url: () => '/api/v1/history' },
  'GET /api/v1/history/answers/{id}': { access: 'owned', url: (ids) => `/api/v1/history/answers/${ids.analysis}` },
  'GET /api/v1/history/questions/{questionId}': {
    access: 'owned',
    url: () => '/api/v1/history/questions/database-indexes',
  },
  'GET /api/v1/interviews/{id}/report.md': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/report.md`,
  },
  'GET /api/v1/interviews/{id}/report.pdf': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/report.pdf`,
  },
  'GET /api/v1/kits': { access: 'signed-in', url: () => '/api/v1/kits' },
  'POST /api/v1/kits': { access: 'signed-in', url: () => '/api/v1/kits', body: () => KIT_BODY },
  'GET /api/v1/kit-suggestions': { access: 'signed-in', url: () => '/api/v1/kit-suggestions?level=mid' },
  'GET /api/v1/kits/{id}': { access: 'owned', url: (ids) => `/api/v1/kits/${ids.kit}` },
  'PUT /api/v1/kits/{id}': { access: 'owned', url: (ids) => `/api/v1/kits/${ids.kit}`, body: () => KIT_BODY },
  'DELETE /api/v1/kits/{id}': { access: 'owned', url: (ids) => `/api/v1/kits/${ids.kit}` },
  'GET /api/v1/kits/{id}/print': { access: 'owned', url: (ids) => `/api/v1/kits/${ids.kit}/print` },
  'GET /api/v1/kits/{id}/print.pdf': { access: 'owned', url: (ids) => `/api/v1/kits/${ids.kit}/print.pdf` },
  'POST /api/v1/kits/{id}/variants': {
    access: 'owned',
    url: (ids) => `/api/v1/kits/${ids.kit}/variants`,
    body: () => ({ roleDescription: 'Runs the payments database.' }),
  },
  // Teams: the team's own members only (kits-authorization.int.test.ts holds the full matrix of roles).
  'GET /api/v1/teams': { access: 'signed-in', url: () => '/api/v1/teams' },
  'POST /api/v1/teams': { access: 'signed-in', url: () => '/api/v1/teams', body: () => ({ name: 'Hiring' }) },
  'GET /api/v1/teams/{id}': { access: 'owned', url: (ids) => `/api/v1/teams/${ids.team}` },
  'POST /api/v1/teams/{id}/invitations': {
    access: 'owned',
    url: (ids) => `/api/v1/teams/${ids.team}/invitations`,
    body: () => ({ email: 'someone@example.com' }),
  },
  'DELETE /api/v1/teams/{id}/invitations/{invitationId}': {
    access: 'owned',
    url: (ids) => `/api/v1/teams/${ids.team}/invitations/${ids.invitation}`,
  },
  'PATCH /api/v1/teams/{id}/members/{userId}': {
    access: 'owned',
    url: (ids) => `/api/v1/teams/${ids.team}/members/${ids.user}`,
    body: () => ({ role: 'interviewer' }),
  },
  'DELETE /api/v1/teams/{id}/members/{userId}': {
    access: 'owned',
    url: (ids) => `/api/v1/teams/${ids.team}/members/${ids.user}`,
  },
  'GET /api/v1/invitations': { access: 'signed-in', url: () => '/api/v1/invitations' },
  // An invitation is its invitee's to answer: anyone else is told it does not exist.
  'POST /api/v1/invitations/{id}/accept': {
    access: 'owned',
    url: (ids) => `/api/v1/invitations/${ids.invitation}/accept`,
  },
  'POST /api/v1/invitations/{id}/decline': {
    access: 'owned',
    url: (ids) => `/api/v1/invitations/${ids.invitation}/decline`,
  },
  'POST /api/v1/kits/{id}/scorecards': {
    access: 'owned',
    url: (ids) => `/api/v1/kits/${ids.kit}/scorecards`,
    body: () => SCORECARD_BODY,
  },
  'GET /api/v1/kits/{id}/scorecards': { access: 'owned', url: (ids) => `/api/v1/kits/${ids.kit}/scorecards` },
  'PUT /api/v1/kits/{id}/scorecards/{scorecardId}': {
    access: 'owned',
    url: (ids) => `/api/v1/kits/${ids.kit}/scorecards/${ids.scorecard}`,
    body: () => SCORECARD_BODY,
  },
  'GET /api/v1/kits/{id}/calibration': {
    access: 'owned',
    url: (ids) => `/api/v1/kits/${ids.kit}/calibration?candidate=Ann`,
  },
  'GET /api/v1/kits/{id}/comparison': { access: 'owned', url: (ids) => `/api/v1/kits/${ids.kit}/comparison` },
  'POST /api/v1/kits/{id}/practice-link': { access: 'owned', url: (ids) => `/api/v1/kits/${ids.kit}/practice-link` },
  // A practice link is for anyone signed in who holds it (the candidate): a capability, not ownership.
  'GET /api/v1/kit-practice/{token}': { access: 'signed-in', url: (ids) => `/api/v1/kit-practice/${ids.practice}` },
  'POST /api/v1/kit-practice/{token}/interviews': {
    access: 'signed-in',
    url: (ids) => `/api/v1/kit-practice/${ids.practice}/interviews`,
  },
  // Sharing (#16): its own matrix of callers is in sharing-authorization.int.test.ts.
  'POST /api/v1/shares': {
    access: 'owned',
    url: () => '/api/v1/shares',
    body: (ids) => ({ via: 'link', interviewId: ids.interview }),
  },
  'GET /api/v1/shares': { access: 'signed-in', url: () => '/api/v1/shares' },
  'DELETE /api/v1/shares/{id}': { access: 'owned', url: () => `/api/v1/shares/${randomUUID()}` },
  'POST /api/v1/shared/claims': {
    access: 'signed-in',
    url: () => '/api/v1/shared/claims',
    body: () => ({ token: 'a'.repeat(32) }),
  },
  'GET /api/v1/shared': { access: 'signed-in', url: () => '/api/v1/shared' },
  'GET /api/v1/shared/interviews/{id}': { access: 'owned', url: (ids) => `/api/v1/shared/interviews/${ids.interview}` },
  'GET /api/v1/shared/recordings/{id}': { access: 'owned', url: (ids) => `/api/v1/shared/recordings/${ids.recording}` },
  'GET /api/v1/interviews/{id}/comments': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/comments`,
  },
  'POST /api/v1/interviews/{id}/comments': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/comments`,
    body: () => ({ turnId: '0.0', sentenceIndex: 0, body: 'A stranger comments.' }),
  },
  'POST /api/v1/interviews/{id}/comments/read': {
    access: 'owned',
    url: (ids) => `/api/v1/interviews/${ids.interview}/comments/read`,
  },
  'GET /api/v1/comments/unread': { access: 'signed-in', url: () => '/api/v1/comments/unread' },
  'GET /api/v1/speech/say': { access: 'signed-in', url: () => '/api/v1/speech/say?text=Tell%20me%20about%20indexes.' },
  'POST /files': { access: 'signed-in', url: () => '/files' },
  'OPTIONS /files': { access: 'open', url: () => '/files' },
  'PATCH /files/{id}': { access: 'owned', url: () => `/files/${randomUUID()}` },
  'DELETE /files/{id}': { access: 'owned', url: () => `/files/${randomUUID()}` },
  'HEAD /files/{id}': { access: 'owned', url: () => `/files/${randomUUID()}` },
};

const TUS = { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' };
/** A valid tus creation: 'audio/wav' as its filetype, ten bytes long. */
const TUS_CREATION = { 'tus-resumable': '1.0.0', 'upload-length': '10', 'upload-metadata': 'filetype YXVkaW8vd2F2' };

describe.each(dialects)('the authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let ids: Ids;
  let owner: Awaited<ReturnType<typeof signUp>>;
  let stranger: Awaited<ReturnType<typeof signUp>>;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], { retireMissing: true });
    await signUp(t.app); // the first account is the administrator
    owner = await signUp(t.app);
    stranger = await signUp(t.app);
    const as = (method: 'POST', url: string, payload: object) =>
      t.app.inject({ method, url, headers: { ...ORIGIN, cookie: owner.cookie }, payload });
    const question = (await as('POST', '/api/v1/questions', questionBody)).json<{ id: string }>().id;
    const analysis = (
      await as('POST', '/api/v1/analyses', { questionId: 'database-indexes', answer: 'An index is a sorted copy.' })
    ).json<{ id: string }>().id;
    const token = (await as('POST', '/api/v1/tokens', { name: 'mine' })).json<{ id: string }>().id;
    const interview = await startInterview(t.app, owner.cookie);
    const recording = randomUUID();
    await t.deps.recordings.add({
      ...{ id: recording, userId: owner.user.id, answerId: null, path: `recordings/${recording}.webm` },
      ...{ mime: 'audio/webm', bytes: 10, sha256: '0'.repeat(64), durationSec: 1 },
      createdAt: new Date().toISOString(),
    });
    const attempt = (
      await as('POST', '/api/v1/problems/lru-cache/attempts', { language: 'javascript', source: 'class LRUCache {}' })
    ).json<{ id: string }>().id;
    const review = (
      await as('POST', '/api/v1/review-exercises/order-export-endpoint/submissions', {
        comments: [{ file: 'src/orders/export.routes.ts', line: 12, body: 'SQL injection here.' }],
        verdict: 'request-changes',
      })
    ).json<{ id: string }>().id;
    const kit = (await as('POST', '/api/v1/kits', KIT_BODY)).json<{ id: string }>().id;
    const scorecard = (await as('POST', `/api/v1/kits/${kit}/scorecards`, SCORECARD_BODY)).json<{ id: string }>().id;
    const practice = (await as('POST', `/api/v1/kits/${kit}/practice-link`, {})).json<{ token: string }>().token;
    const team = (await as('POST', '/api/v1/teams', { name: 'Hiring' })).json<{ id: string }>().id;
    const invitation = (await as('POST', `/api/v1/teams/${team}/invitations`, { email: 'invitee@example.com' })).json<{
      id: string;
    }>().id;
    ids = {
      ...{ question, analysis, recording, interview, token, user: owner.user.id, attempt, review },
      ...{ kit, scorecard, practice, team, invitation },
    };
    await t.deps.queue.start(); // ready only once the queue of this role (both) runs
  });
  afterAll(async () => t.close());

  const operations = async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    return Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
  };

  const call = (key: string, cookie?: string) => {
    const [method, path] = key.split(' ') as [string, string];
    const entry = CASES[key]!;
    return t.app.inject({
      method: method as 'GET',
      url: entry.url(ids),
      headers: {
        ...ORIGIN,
        ...(path.startsWith('/files/') ? TUS : key === 'POST /files' ? TUS_CREATION : {}),
        ...(cookie ? { cookie } : {}),
      },
      ...(entry.body ? { payload: entry.body(ids) } : {}),
    });
  };

  it('has a case for every operation of the OpenAPI document', async () => {
    const missing = (await operations()).filter((key) => !(key in CASES));
    expect(missing).toEqual([]);
  });

  it('refuses anonymous callers everywhere but the open operations', async () => {
    const wrong: string[] = [];
    for (const key of Object.keys(CASES)) {
      const { access } = CASES[key]!;
      const status = (await call(key)).statusCode;
      if (access === 'open' ? status === 401 || status >= 500 : status !== 401 && status !== 404)
        wrong.push(`${key}: ${status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("never lets one user read or change another's resources, nor a non-administrator administer", async () => {
    const wrong: string[] = [];
    for (const key of Object.keys(CASES)) {
      const { access } = CASES[key]!;
      if (access !== 'owned' && access !== 'admin') continue;
      const status = (await call(key, stranger.cookie)).statusCode;
      if (status !== 403 && status !== 404) wrong.push(`${key}: ${status}`);
    }
    expect(wrong).toEqual([]);
    // The owner's resources are all still there, unchanged by the attempts.
    const mine = await t.app.inject({ url: `/api/v1/questions/${ids.question}`, headers: { cookie: owner.cookie } });
    expect(mine.json()).toMatchObject({ prompt: questionBody.prompt });
    expect(
      (await t.app.inject({ url: `/api/v1/interviews/${ids.interview}`, headers: { cookie: owner.cookie } }))
        .statusCode,
    ).toBe(200);
  });
});
