import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';

const dialects = await availableDialects();

describe.each(dialects)('accounts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
  });
  afterAll(async () => t.close());

  const countUsers = async () => (await t.deps.database.db.selectFrom('user').select('id').execute()).length;
  const signUpRequest = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', headers: ORIGIN, payload: payload as object });

  it('makes the first account admin and later ones candidates', async () => {
    const first = await signUp(t.app);
    const second = await signUp(t.app);
    expect(first.user.role).toBe('admin');
    expect(second.user.role).toBe('candidate');
  });

  it.each([
    ['a missing email', { password: 'long enough pw', name: 'A' }, 'body.email'],
    ['an invalid email', { email: 'not-an-email', password: 'long enough pw', name: 'A' }, 'body.email'],
    ['a 7-character password', { email: 'short@example.com', password: '1234567', name: 'A' }, 'body.password'],
    ['a 129-character password', { email: 'long@example.com', password: 'x'.repeat(129), name: 'A' }, 'body.password'],
    ['an empty name', { email: 'noname@example.com', password: 'long enough pw', name: '  ' }, 'body.name'],
  ])('rejects sign-up with %s, names the field, and creates nothing', async (_case, payload, field) => {
    const before = await countUsers();
    const response = await signUpRequest(payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await countUsers()).toBe(before);
  });

  it('accepts passwords from 8 to 128 characters, including 64', async () => {
    const words = 'mauve otter quilts jazz under seven brass lanterns while fog hums over kelp and quartz'.repeat(2);
    for (const [length, password] of [
      [8, 'Gx4$tR9w'],
      [64, words.slice(0, 64)],
      [128, words.slice(0, 128)],
    ] as const) {
      const response = await signUpRequest({ email: `len${length}@example.com`, password, name: 'L' });
      expect(response.statusCode, `length ${length}`).toBe(201);
    }
  });

  it('refuses passwords attackers try first, or built from the email, saying why and creating nothing', async () => {
    const before = await countUsers();
    for (const password of ['password', '12345678', '        ', 'robin.hood2024']) {
      const response = await signUpRequest({ email: 'robin.hood@example.com', password, name: 'Robin' });
      expect(response.statusCode, JSON.stringify(password)).toBe(422);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'password-too-weak', errors: [{ field: 'body.password' }] });
    }
    expect(await countUsers()).toBe(before);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const { email } = await signUp(t.app);
    const before = await countUsers();
    const response = await signUpRequest({ email: email.toUpperCase(), password: 'another password', name: 'B' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'email-taken' });
    expect(await countUsers()).toBe(before);
  });

  it('signs in, reads the session, and signs out', async () => {
    const { email, password } = await signUp(t.app);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: ORIGIN,
      payload: { email, password },
    });
    expect(signIn.statusCode).toBe(200);
    const setCookie = [signIn.headers['set-cookie']].flat().join('\n');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie
      .split('\n')
      .map((line) => line.split(';')[0])
      .join('; ');

    const session = await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
    expect(session.json()).toMatchObject({ user: { email } });

    const signOut = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { ...ORIGIN, cookie },
    });
    expect(signOut.statusCode).toBe(204);
    // Signed out, the session is nobody's: an answer (null), not an error.
    const after = await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ user: null });
    const anonymous = await t.app.inject({ url: '/api/v1/auth/session' });
    expect(anonymous.json()).toEqual({ user: null });
  });

  it('rejects a wrong password with 401', async () => {
    const { email } = await signUp(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: ORIGIN,
      payload: { email, password: 'wrong password!' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses cookie-authenticated writes from a foreign origin (CSRF)', async () => {
    const { cookie } = await signUp(t.app);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { name: 'x' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'origin-mismatch' });
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie },
      payload: { name: 'x' },
    });
    expect(missing.statusCode).toBe(403);
    // A percent-encoded path reaches the same route and gets the same check.
    for (const url of ['/%61pi/v1/tokens', '/api/v1/%74okens', '/api/%761/tokens']) {
      const encoded = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie, origin: 'https://evil.example' },
        payload: { name: 'x' },
      });
      expect(encoded.statusCode, url).toBe(403);
    }
    const list = await t.app.inject({ url: '/api/v1/tokens', headers: { cookie } });
    expect(list.json()).toEqual({ items: [] });
  });

  it('issues personal access tokens that authenticate as Bearer and can be revoked', async () => {
    const { cookie, email } = await signUp(t.app);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...ORIGIN, cookie },
      payload: { name: 'cli', expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: string }>();
    expect(token).toMatch(/^rh_/);

    const bearer = { authorization: `Bearer ${token}` };
    const session = await t.app.inject({ url: '/api/v1/auth/session', headers: bearer });
    expect(session.json()).toMatchObject({ user: { email } });
    const listed = await t.app.inject({ url: '/api/v1/tokens', headers: bearer });
    expect(JSON.stringify(listed.json())).not.toContain(token);

    const minted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: bearer,
      payload: { name: 'again' },
    });
    expect(minted.statusCode).toBe(403);

    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${id}`,
      headers: { ...ORIGIN, cookie },
    });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/auth/session', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'invalid-token' });
  });

  it('gives tokens a scope and an expiry: read-only reads, admin rights only when asked for, 90 days by default', async () => {
    const fresh = await buildTestApp(dialect, { skipContent: true });
    try {
      const admin = await signUp(fresh.app);
      const candidate = await signUp(fresh.app);
      const mint = (cookie: string, payload: object) =>
        fresh.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { ...ORIGIN, cookie }, payload });
      const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

      const plain = await mint(admin.cookie, { name: 'ci' });
      expect(plain.json()).toMatchObject({ scope: 'write' });
      const days = (Date.parse(plain.json<{ expiresAt: string }>().expiresAt) - Date.now()) / 86_400_000;
      expect(Math.round(days)).toBe(90);
      // A write token of an administrator carries no admin rights.
      const writeToken = plain.json<{ token: string }>().token;
      expect((await fresh.app.inject({ url: '/api/v1/users', headers: bearer(writeToken) })).statusCode).toBe(403);
      const adminToken = (await mint(admin.cookie, { name: 'ops', scope: 'admin' })).json<{ token: string }>().token;
      expect((await fresh.app.inject({ url: '/api/v1/users', headers: bearer(adminToken) })).statusCode).toBe(200);
      expect((await mint(candidate.cookie, { name: 'sneaky', scope: 'admin' })).statusCode).toBe(403);

      const readToken = (await mint(candidate.cookie, { name: 'dashboard', scope: 'read' })).json<{ token: string }>()
        .token;
      expect((await fresh.app.inject({ url: '/api/v1/interviews', headers: bearer(readToken) })).statusCode).toBe(200);
      const write = await fresh.app.inject({
        method: 'POST',
        url: '/api/v1/analyses',
        headers: bearer(readToken),
        payload: { questionId: 'anything', answer: 'text' },
      });
      expect(write.statusCode).toBe(403);
      expect(write.json()).toMatchObject({ code: 'token-read-only' });
    } finally {
      await fresh.close();
    }
  });

  it('lets only admins list accounts and change roles', async () => {
    const fresh = await buildTestApp(dialect, { skipContent: true });
    try {
      const admin = await signUp(fresh.app);
      const candidate = await signUp(fresh.app);
      const denied = await fresh.app.inject({ url: '/api/v1/users', headers: { cookie: candidate.cookie } });
      expect(denied.statusCode).toBe(403);
      const promote = await fresh.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${candidate.user.id}/role`,
        headers: { ...ORIGIN, cookie: admin.cookie },
        payload: { role: 'coach' },
      });
      expect(promote.json()).toMatchObject({ role: 'coach' });
      const invalidRole = await fresh.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${candidate.user.id}/role`,
        headers: { ...ORIGIN, cookie: admin.cookie },
        payload: { role: 'owner' },
      });
      expect(invalidRole.statusCode).toBe(400);
      const session = await fresh.app.inject({ url: '/api/v1/auth/session', headers: { cookie: candidate.cookie } });
      expect(session.json()).toMatchObject({ user: { role: 'coach' } });
      // The last administrator cannot step down; once there is another, it can.
      const demoteSelf = () =>
        fresh.app.inject({
          method: 'PATCH',
          url: `/api/v1/users/${admin.user.id}/role`,
          headers: { ...ORIGIN, cookie: admin.cookie },
          payload: { role: 'candidate' },
        });
      const refused = await demoteSelf();
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'last-admin' });
      await fresh.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${candidate.user.id}/role`,
        headers: { ...ORIGIN, cookie: admin.cookie },
        payload: { role: 'admin' },
      });
      expect((await demoteSelf()).statusCode).toBe(200);
      // At once, though the session was just used (and is remembered for a while).
      expect((await fresh.app.inject({ url: '/api/v1/users', headers: { cookie: admin.cookie } })).statusCode).toBe(
        403,
      );
    } finally {
      await fresh.close();
    }
  });

  it('ignores X-Forwarded-For from unconfigured proxies, so a new one per attempt escapes no limit', async () => {
    const limited = await buildTestApp(dialect, { skipContent: true, authRateLimit: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const response = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          headers: { ...ORIGIN, 'x-forwarded-for': `203.0.113.${i + 1}` },
          payload: { email: 'x@example.com', password: 'whatever1' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('pauses an account after repeated failed sign-ins from any address, for minutes at most', async () => {
    const { email } = await signUp(t.app);
    const attempt = (password: string, i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: { ...ORIGIN, 'x-forwarded-for': `198.51.100.${i}` },
        payload: { email, password },
      });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt('not-the-password', i)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const paused = await attempt('correct horse battery', 99);
    expect(paused.statusCode).toBe(429);
    expect(paused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(paused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(paused.headers['retry-after'])).toBeLessThanOrEqual(300);
    expect(paused.json()).toMatchObject({ code: 'sign-in-paused' });
  });

  it('rate-limits repeated sign-in attempts', async () => {
    const limited = await buildTestApp(dialect, { skipContent: true, authRateLimit: 3 });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          headers: ORIGIN,
          payload: { email: 'x@example.com', password: 'whatever1' },
        });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses[3]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
