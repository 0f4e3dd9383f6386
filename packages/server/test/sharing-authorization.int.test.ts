// The authorization matrix of sharing (#16), on SQLite and PostgreSQL: every sharing endpoint, and every session
// or recording read a coach might now try, called by each kind of caller. A cell says allow (2xx) or deny (401,
// 403 or 404); where a denial has a reason the caller can act on (a revoked or expired share), its code too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, signUp, type TestApp } from './helper.ts';
import { as, coachAccount, sessionWithRecording, share, sharingApp, type Account } from './sharing-fixtures.ts';
import type { SharingTables } from '../src/modules/sharing/sharing.tables.ts';

const dialects = await availableDialects();

const PERSONAS = ['anonymous', 'owner', 'other', 'coach', 'coachWithout', 'revoked', 'expired', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];
/** allow: 2xx; deny: 401, 403 or 404; a code: a denial with that problem code. */
type Expect = 'allow' | 'deny' | `deny:${string}`;

interface Fixture {
  interview: string;
  /** Another interview of the owner's: the links coachWithout and admin open are to it, never to `interview`. */
  elsewhere: string;
  recording: string;
  /** A share of the owner's, revoked by the owner's DELETE (the last call of that row). */
  disposable: string;
  /** Per persona: the link token that persona tries to open. */
  tokens: Partial<Record<Persona, string>>;
}

interface Row {
  method: 'GET' | 'POST' | 'DELETE';
  url: (f: Fixture) => string;
  body?: (f: Fixture, who: Persona) => object;
  expect: Record<Persona, Expect>;
}

const onlyOwner: Record<Persona, Expect> = {
  ...{ anonymous: 'deny', owner: 'allow', other: 'deny', coach: 'deny', coachWithout: 'deny' },
  ...{ revoked: 'deny', expired: 'deny', admin: 'deny' },
};
const ownerAndCoach: Record<Persona, Expect> = {
  ...onlyOwner,
  coach: 'allow',
  revoked: 'deny:share-revoked',
  expired: 'deny:share-expired',
};
const anyoneSignedIn: Record<Persona, Expect> = {
  ...{ anonymous: 'deny', owner: 'allow', other: 'allow', coach: 'allow', coachWithout: 'allow' },
  ...{ revoked: 'allow', expired: 'allow', admin: 'allow' },
};

const MATRIX: Record<string, Row> = {
  'POST /api/v1/shares (one of the owner’s interviews)': {
    method: 'POST',
    url: () => '/api/v1/shares',
    body: (f) => ({ via: 'link', interviewId: f.interview }),
    expect: onlyOwner,
  },
  'GET /api/v1/shares': { method: 'GET', url: () => '/api/v1/shares', expect: anyoneSignedIn },
  'DELETE /api/v1/shares/{id}': { method: 'DELETE', url: (f) => `/api/v1/shares/${f.disposable}`, expect: onlyOwner },
  'POST /api/v1/shared/claims': {
    method: 'POST',
    url: () => '/api/v1/shared/claims',
    body: (f, who) => ({ token: f.tokens[who] ?? f.tokens.coach }),
    expect: {
      ...{ anonymous: 'deny', owner: 'deny:share-to-self', other: 'deny:share-link-claimed', coach: 'allow' },
      ...{ coachWithout: 'allow', revoked: 'deny:share-revoked', expired: 'deny:share-expired', admin: 'allow' },
    },
  },
  'GET /api/v1/shared': { method: 'GET', url: () => '/api/v1/shared', expect: anyoneSignedIn },
  'GET /api/v1/shared/interviews/{id}': {
    method: 'GET',
    url: (f) => `/api/v1/shared/interviews/${f.interview}`,
    expect: ownerAndCoach,
  },
  'GET /api/v1/shared/recordings/{id}': {
    method: 'GET',
    url: (f) => `/api/v1/shared/recordings/${f.recording}`,
    expect: ownerAndCoach,
  },
  'GET /api/v1/interviews/{id}/comments': {
    method: 'GET',
    url: (f) => `/api/v1/interviews/${f.interview}/comments`,
    expect: ownerAndCoach,
  },
  'POST /api/v1/interviews/{id}/comments': {
    method: 'POST',
    url: (f) => `/api/v1/interviews/${f.interview}/comments`,
    body: () => ({ turnId: '0.0', atSec: 12, body: 'At 0:12.' }),
    expect: ownerAndCoach,
  },
  'POST /api/v1/interviews/{id}/comments/read': {
    method: 'POST',
    url: (f) => `/api/v1/interviews/${f.interview}/comments/read`,
    expect: { ...onlyOwner, revoked: 'deny:share-revoked', expired: 'deny:share-expired' },
  },
  'GET /api/v1/comments/unread': { method: 'GET', url: () => '/api/v1/comments/unread', expect: anyoneSignedIn },
  // The owner's own routes stay the owner's: a coach reads a shared session only through /shared.
  'GET /api/v1/interviews/{id}': { method: 'GET', url: (f) => `/api/v1/interviews/${f.interview}`, expect: onlyOwner },
  'GET /api/v1/interviews/{id}/summary': {
    method: 'GET',
    url: (f) => `/api/v1/interviews/${f.interview}/summary`,
    expect: onlyOwner,
  },
  'GET /api/v1/interviews/{id}/report.md': {
    method: 'GET',
    url: (f) => `/api/v1/interviews/${f.interview}/report.md`,
    expect: onlyOwner,
  },
  'GET /api/v1/recordings/{id}': { method: 'GET', url: (f) => `/api/v1/recordings/${f.recording}`, expect: onlyOwner },
  'GET /api/v1/recordings/{id}/meta': {
    method: 'GET',
    url: (f) => `/api/v1/recordings/${f.recording}/meta`,
    expect: onlyOwner,
  },
};

describe.each(dialects)('the sharing authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let fixture: Fixture;
  const accounts = {} as Record<Exclude<Persona, 'anonymous'>, Account>;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await sharingApp(t);
    accounts.admin = await signUp(t.app); // the first account administers
    accounts.owner = await signUp(t.app);
    accounts.other = await signUp(t.app);
    for (const coach of ['coach', 'coachWithout', 'revoked', 'expired'] as const)
      accounts[coach] = await coachAccount(t, accounts.admin);
    const { interviewId, recordingId } = await sessionWithRecording(t, accounts.owner);
    const invite = (email: string) => share(t, accounts.owner, { via: 'invitation', email, interviewId });
    const elsewhere = (await sessionWithRecording(t, accounts.owner)).interviewId;
    const link = async (id = interviewId) =>
      (await share(t, accounts.owner, { via: 'link', interviewId: id })).link!.token;

    await invite(accounts.coach.email);
    const revoked = await invite(accounts.revoked.email);
    await as(t, accounts.owner)('DELETE', `/api/v1/shares/${revoked.id}`);
    const expired = await invite(accounts.expired.email);
    await t.deps.database.db
      .withTables<SharingTables>()
      .updateTable('shares')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expired.id)
      .execute();
    const disposable = (await invite(accounts.other.email)).id;

    const coachLink = await link();
    await as(t, accounts.coach)('POST', '/api/v1/shared/claims', { token: coachLink });
    const revokedLink = await share(t, accounts.owner, { via: 'link', interviewId });
    await as(t, accounts.owner)('DELETE', `/api/v1/shares/${revokedLink.id}`);
    const expiredLink = await share(t, accounts.owner, { via: 'link', interviewId, expiresInDays: 1 });
    await t.deps.database.db
      .withTables<SharingTables>()
      .updateTable('shares')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expiredLink.id)
      .execute();
    const tokens: Fixture['tokens'] = {
      ...{ owner: await link(), coach: coachLink, coachWithout: await link(elsewhere), admin: await link(elsewhere) },
      ...{ revoked: revokedLink.link!.token, expired: expiredLink.link!.token, other: coachLink },
    };
    fixture = { interview: interviewId, elsewhere, recording: recordingId, disposable, tokens };
  });
  afterAll(async () => t.close());

  const call = (row: Row, who: Persona) =>
    as(t, who === 'anonymous' ? undefined : accounts[who])(
      row.method,
      row.url(fixture),
      row.body?.(fixture, who) ?? (row.method === 'GET' ? undefined : {}),
    );

  const outcome = (status: number, code: string | undefined): string => {
    if (status >= 200 && status < 300) return 'allow';
    if (status === 403 && code) return `deny:${code}`;
    if ([401, 403, 404, 409, 422].includes(status)) return code && status !== 404 ? `deny:${code}` : 'deny';
    return `unexpected ${status}`;
  };

  it('gives each caller exactly the access the matrix says, endpoint by endpoint', async () => {
    const seen: Record<string, Record<string, string>> = {};
    const wanted: Record<string, Record<string, string>> = {};
    for (const [name, row] of Object.entries(MATRIX)) {
      seen[name] = {};
      wanted[name] = {};
      // The owner last: their DELETE revokes the disposable share, which must not change what the others met.
      for (const who of [...PERSONAS.filter((p) => p !== 'owner'), 'owner' as const]) {
        const response = await call(row, who);
        const code = response.headers['content-type']?.includes('problem')
          ? response.json<{ code?: string }>().code
          : undefined;
        const expected = row.expect[who];
        const got = outcome(response.statusCode, code);
        // A plain "deny" accepts any denial; a coded one must carry that code.
        seen[name][who] = expected === 'deny' && got.startsWith('deny') ? 'deny' : got;
        wanted[name][who] = expected;
      }
    }
    expect(seen).toEqual(wanted);
  });

  it('lists for each caller only their own shares and what is shared with them', async () => {
    const listShares = async (who: Exclude<Persona, 'anonymous'>) =>
      (await as(t, accounts[who])('GET', '/api/v1/shares')).json<{ items: unknown[] }>().items.length;
    const shared = async (who: Exclude<Persona, 'anonymous'>) =>
      (await as(t, accounts[who])('GET', '/api/v1/shared'))
        .json<{ items: { interviewId: string }[] }>()
        .items.map((item) => item.interviewId);
    expect(await listShares('owner')).toBeGreaterThan(0);
    for (const who of ['other', 'coach', 'coachWithout', 'revoked', 'expired', 'admin'] as const) {
      expect(await listShares(who)).toBe(0);
      // The coach sees the session; whoever opened a link to the other one (coachWithout, admin) sees only that.
      const expected = { coach: [fixture.interview], coachWithout: [fixture.elsewhere], admin: [fixture.elsewhere] };
      expect(await shared(who)).toEqual(expected[who as keyof typeof expected] ?? []);
    }
  });
});
