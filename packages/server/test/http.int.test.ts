import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';

const dialects = await availableDialects();

describe.each(dialects)('HTTP foundation on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
  });
  afterAll(async () => t.close());

  it('reports health with the database and version', async () => {
    const response = await t.app.inject({ url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ status: string; db: string; version: string }>();
    expect(body).toMatchObject({ status: 'ok', db: 'ok' });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('serves an OpenAPI 3.1 document that lists the routes', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/auth/sign-up', '/api/v1/questions', '/api/v1/analyses']),
    );
  });

  it('answers a URL that does not decode, or an over-long parameter, with a problem document', async () => {
    for (const [url, status] of [
      ['/api/v1/questions/%E0%A4%A', 400],
      [`/api/v1/questions/${'a'.repeat(500)}`, 414],
      ['/files/%E0%A4%A', 400],
    ] as const) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status });
      expect(response.body).not.toMatch(/FST_ERR/);
    }
  });

  it('serves the API reference page', async () => {
    const response = await t.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown route with a 404 problem document', async () => {
    const response = await t.app.inject({ url: '/api/v1/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, title: 'Not Found', code: 'route-not-found' });
  });

  it('sets a Content-Security-Policy and other security headers', async () => {
    const response = await t.app.inject({ url: '/api/v1/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('rejects malformed JSON with a problem document and no stack', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { ...ORIGIN, 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('rejects bodies over the size limit', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { ...ORIGIN, 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ status: 413 });
  });

  it('hides internal errors behind a generic 500 problem', async () => {
    const { cookie } = await signUp(t.app);
    const broken = await buildTestApp(dialect, { skipContent: true });
    const { cookie: brokenCookie } = await signUp(broken.app);
    await broken.deps.database.db.schema.dropTable('access_tokens').execute();
    const response = await broken.app.inject({ url: '/api/v1/tokens', headers: { cookie: brokenCookie } });
    await broken.close();
    expect(cookie).toBeTruthy();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      type: 'https://rehearse.dev/problems/internal',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side.',
      code: 'internal',
      instance: '/api/v1/tokens',
    });
  });
});
