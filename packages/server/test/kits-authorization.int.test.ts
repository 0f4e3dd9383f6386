// Who may call each endpoint of the kits and the teams, on both databases: nobody signed in, the owner of a
// personal kit, another user, a team's owner, a team's interviewer, a user of no team, and the administrator.
// Every operation tagged "interview kits" or "teams" needs a row, so none ships without someone deciding.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';
import { indexingQuestion, lockingQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();

const ACTORS = ['anonymous', 'kitOwner', 'other', 'teamOwner', 'interviewer', 'nonMember', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
const SIGNED_IN: Actor[] = ACTORS.filter((a) => a !== 'anonymous');

interface Target {
  url: string;
  body?: object;
}
interface Row {
  /** "METHOD /path" as the OpenAPI document names it. */
  op: string;
  allow: Actor[];
  /** The request; called again before each actor's call when the call changes or uses up what it targets. */
  target: (actor: Actor) => Promise<Target> | Target;
}

const kitBody = (teamId?: string) => ({
  role: 'Backend engineer',
  level: 'mid',
  questions: [{ kind: 'bank', questionId: indexingQuestion.id }],
  ...(teamId ? { teamId } : {}),
});
const cardBody = { candidate: 'Ann', entries: [{ questionKey: indexingQuestion.id, rating: 3 }], submitted: true };

describe.each(dialects)('who may call the kits and teams on %s', (dialect) => {
  let t: TestApp;
  const users = {} as Record<Exclude<Actor, 'anonymous'>, Awaited<ReturnType<typeof signUp>>>;
  let team: string;
  let personalKit: string;
  let teamKit: string;
  let personalCard: string;
  let teamCard: string;
  let practice: string;

  const as = (actor: Actor, method: string, url: string, payload?: object) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: { ...ORIGIN, ...(actor === 'anonymous' ? {} : { cookie: users[actor].cookie }) },
      ...(payload ? { payload } : {}),
    });
  const created = async (actor: Actor, url: string, payload: object) => {
    const response = await as(actor, 'POST', url, payload);
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<{ id: string; token: string }>();
  };
  const newKit = async (teamId?: string) =>
    (await created(teamId ? 'teamOwner' : 'kitOwner', '/api/v1/kits', kitBody(teamId))).id;
  const invite = async (teamId: string, email = `x${randomBytes(4).toString('hex')}@example.com`) =>
    (await created('teamOwner', `/api/v1/teams/${teamId}/invitations`, { email })).id;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion, lockingQuestion], { retireMissing: true });
    users.admin = await signUp(t.app); // the first account is the administrator
    for (const actor of ['kitOwner', 'other', 'teamOwner', 'interviewer', 'nonMember'] as const)
      users[actor] = await signUp(t.app);
    team = (await created('teamOwner', '/api/v1/teams', { name: 'Platform hiring' })).id;
    await as('interviewer', 'POST', `/api/v1/invitations/${await invite(team, users.interviewer.email)}/accept`);
    personalKit = await newKit();
    teamKit = await newKit(team);
    personalCard = (await created('kitOwner', `/api/v1/kits/${personalKit}/scorecards`, cardBody)).id;
    teamCard = (await created('interviewer', `/api/v1/kits/${teamKit}/scorecards`, cardBody)).id;
    practice = (await created('kitOwner', `/api/v1/kits/${personalKit}/practice-link`, {})).token;
  });
  afterAll(async () => t.close());

  const kitRows = (kind: 'personal' | 'team'): Row[] => {
    const kit = () => (kind === 'personal' ? personalKit : teamKit);
    const readers: Actor[] = kind === 'personal' ? ['kitOwner'] : ['teamOwner', 'interviewer'];
    const editors: Actor[] = kind === 'personal' ? ['kitOwner'] : ['teamOwner'];
    return [
      { op: 'GET /api/v1/kits/{id}', allow: readers, target: () => ({ url: `/api/v1/kits/${kit()}` }) },
      {
        op: 'PUT /api/v1/kits/{id}',
        allow: editors,
        target: () => ({ url: `/api/v1/kits/${kit()}`, body: kitBody() }),
      },
      {
        op: 'DELETE /api/v1/kits/{id}',
        allow: editors,
        target: async () => ({ url: `/api/v1/kits/${await newKit(kind === 'team' ? team : undefined)}` }),
      },
      { op: 'GET /api/v1/kits/{id}/print', allow: readers, target: () => ({ url: `/api/v1/kits/${kit()}/print` }) },
      {
        op: 'GET /api/v1/kits/{id}/print.pdf',
        allow: readers,
        target: () => ({ url: `/api/v1/kits/${kit()}/print.pdf` }),
      },
      {
        op: 'POST /api/v1/kits/{id}/variants',
        allow: editors,
        target: () => ({ url: `/api/v1/kits/${kit()}/variants`, body: { roleDescription: 'Runs our databases.' } }),
      },
      {
        op: 'POST /api/v1/kits/{id}/scorecards',
        allow: readers,
        target: () => ({ url: `/api/v1/kits/${kit()}/scorecards`, body: cardBody }),
      },
      {
        op: 'GET /api/v1/kits/{id}/scorecards',
        allow: readers,
        target: () => ({ url: `/api/v1/kits/${kit()}/scorecards` }),
      },
      {
        // Only its author changes a scorecard: the team's owner reads the interviewer's, never rewrites it.
        op: 'PUT /api/v1/kits/{id}/scorecards/{scorecardId}',
        allow: kind === 'personal' ? ['kitOwner'] : ['interviewer'],
        target: () => ({
          url: `/api/v1/kits/${kit()}/scorecards/${kind === 'personal' ? personalCard : teamCard}`,
          body: cardBody,
        }),
      },
      {
        op: 'GET /api/v1/kits/{id}/calibration',
        allow: readers,
        target: () => ({ url: `/api/v1/kits/${kit()}/calibration?candidate=Ann` }),
      },
      {
        op: 'GET /api/v1/kits/{id}/comparison',
        allow: readers,
        target: () => ({ url: `/api/v1/kits/${kit()}/comparison` }),
      },
      {
        op: 'POST /api/v1/kits/{id}/practice-link',
        allow: editors,
        target: () => ({ url: `/api/v1/kits/${kit()}/practice-link` }),
      },
    ];
  };

  const ROWS: Row[] = [
    { op: 'GET /api/v1/kits', allow: SIGNED_IN, target: () => ({ url: '/api/v1/kits' }) },
    { op: 'POST /api/v1/kits', allow: SIGNED_IN, target: () => ({ url: '/api/v1/kits', body: kitBody() }) },
    // A kit for a team: its members only.
    {
      op: 'POST /api/v1/kits',
      allow: ['teamOwner', 'interviewer'],
      target: () => ({ url: '/api/v1/kits', body: kitBody(team) }),
    },
    {
      op: 'GET /api/v1/kit-suggestions',
      allow: SIGNED_IN,
      target: () => ({ url: '/api/v1/kit-suggestions?level=mid' }),
    },
    ...kitRows('personal'),
    ...kitRows('team'),
    // A practice link is a capability: whoever signed in holds it.
    {
      op: 'GET /api/v1/kit-practice/{token}',
      allow: SIGNED_IN,
      target: () => ({ url: `/api/v1/kit-practice/${practice}` }),
    },
    {
      op: 'POST /api/v1/kit-practice/{token}/interviews',
      allow: SIGNED_IN,
      target: () => ({ url: `/api/v1/kit-practice/${practice}/interviews` }),
    },
    { op: 'GET /api/v1/teams', allow: SIGNED_IN, target: () => ({ url: '/api/v1/teams' }) },
    { op: 'POST /api/v1/teams', allow: SIGNED_IN, target: () => ({ url: '/api/v1/teams', body: { name: 'Team' } }) },
    {
      op: 'GET /api/v1/teams/{id}',
      allow: ['teamOwner', 'interviewer'],
      target: () => ({ url: `/api/v1/teams/${team}` }),
    },
    {
      op: 'POST /api/v1/teams/{id}/invitations',
      allow: ['teamOwner'],
      target: () => ({
        url: `/api/v1/teams/${team}/invitations`,
        body: { email: `y${randomBytes(4).toString('hex')}@example.com` },
      }),
    },
    {
      op: 'DELETE /api/v1/teams/{id}/invitations/{invitationId}',
      allow: ['teamOwner'],
      target: async () => ({ url: `/api/v1/teams/${team}/invitations/${await invite(team)}` }),
    },
    {
      op: 'PATCH /api/v1/teams/{id}/members/{userId}',
      allow: ['teamOwner'],
      target: () => ({
        url: `/api/v1/teams/${team}/members/${users.interviewer.user.id}`,
        body: { role: 'interviewer' },
      }),
    },
    {
      // The member removed is a new one each time, so that the interviewer stays in the team.
      op: 'DELETE /api/v1/teams/{id}/members/{userId}',
      allow: ['teamOwner'],
      target: async () => {
        const member = await signUp(t.app);
        const invitation = await invite(team, member.email);
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/invitations/${invitation}/accept`,
          headers: { ...ORIGIN, cookie: member.cookie },
        });
        return { url: `/api/v1/teams/${team}/members/${member.user.id}` };
      },
    },
    { op: 'GET /api/v1/invitations', allow: SIGNED_IN, target: () => ({ url: '/api/v1/invitations' }) },
    // An invitation is answered by its invitee alone ("other", invited to a team of its own each time).
    ...(['accept', 'decline'] as const).map((answer): Row => ({
      op: `POST /api/v1/invitations/{id}/${answer}`,
      allow: ['other'],
      target: async () => {
        const fresh = (await created('teamOwner', '/api/v1/teams', { name: 'Another team' })).id;
        return { url: `/api/v1/invitations/${await invite(fresh, users.other.email)}/${answer}` };
      },
    })),
  ];

  it('has a row for every operation of the kits and the teams', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[] }>>;
    }>();
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => op.tags?.some((tag) => tag === 'interview kits' || tag === 'teams'))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.filter((op) => !ROWS.some((row) => row.op === op))).toEqual([]);
  });

  it('allows exactly the actors of each row, and refuses the others with 401, 403 or 404', async () => {
    const wrong: string[] = [];
    for (const row of ROWS) {
      const method = row.op.split(' ')[0]!;
      for (const actor of ACTORS) {
        const { url, body } = await row.target(actor);
        const status = (await as(actor, method, url, body)).statusCode;
        const allowed = row.allow.includes(actor);
        const ok = allowed
          ? status >= 200 && status < 300
          : actor === 'anonymous'
            ? status === 401
            : status === 403 || status === 404;
        if (!ok) wrong.push(`${row.op} (${url.split('/').slice(3, 5).join('/')}) as ${actor}: ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("lists a team's kits to its members only", async () => {
    const listed = async (actor: Actor) =>
      (await as(actor, 'GET', '/api/v1/kits')).json<{ items: Array<{ id: string }> }>().items.map((k) => k.id);
    expect(await listed('interviewer')).toContain(teamKit);
    for (const actor of ['nonMember', 'admin', 'kitOwner'] as const) expect(await listed(actor)).not.toContain(teamKit);
    expect(await listed('teamOwner')).not.toContain(personalKit);
  });
});
