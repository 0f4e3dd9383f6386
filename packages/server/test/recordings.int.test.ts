import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';

const dialects = await availableDialects();

describe.each(dialects)('recordings API on %s', (dialect) => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof signUp>>;
  let stranger: Awaited<ReturnType<typeof signUp>>;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    owner = await signUp(t.app);
    stranger = await signUp(t.app);
  });
  afterAll(async () => t.close());

  /** A recording as the upload intake leaves it: a file under DATA_DIR/recordings and its row. */
  async function storedRecording(bytes = randomBytes(10_000)) {
    const id = randomUUID();
    const path = join('recordings', `${id}.webm`);
    mkdirSync(join(t.deps.config.dataDir, 'recordings'), { recursive: true });
    writeFileSync(join(t.deps.config.dataDir, path), bytes);
    await t.deps.recordings.add({
      id,
      userId: owner.user.id,
      answerId: 'interview:turn',
      path,
      mime: 'video/webm;codecs=vp8,opus',
      bytes: bytes.length,
      sha256: 'f'.repeat(64),
      durationSec: 12.5,
      createdAt: new Date().toISOString(),
    });
    return { id, bytes, file: join(t.deps.config.dataDir, path) };
  }

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url, headers: { cookie: owner.cookie, ...headers } });

  it('streams the whole recording to its owner, with its type and accept-ranges', async () => {
    const { id, bytes } = await storedRecording();
    const response = await get(`/api/v1/recordings/${id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('video/webm;codecs=vp8,opus');
    expect(response.headers['accept-ranges']).toBe('bytes');
    expect(response.headers['content-length']).toBe(String(bytes.length));
    expect(response.rawPayload.equals(bytes)).toBe(true);
  });

  it('serves byte ranges with 206 and Content-Range, and 416 past the end', async () => {
    const { id, bytes } = await storedRecording();
    const middle = await get(`/api/v1/recordings/${id}`, { range: 'bytes=100-199' });
    expect(middle.statusCode).toBe(206);
    expect(middle.headers['content-range']).toBe(`bytes 100-199/${bytes.length}`);
    expect(middle.rawPayload.equals(bytes.subarray(100, 200))).toBe(true);

    const tail = await get(`/api/v1/recordings/${id}`, { range: 'bytes=-50' });
    expect(tail.statusCode).toBe(206);
    expect(tail.rawPayload.equals(bytes.subarray(bytes.length - 50))).toBe(true);

    const open = await get(`/api/v1/recordings/${id}`, { range: 'bytes=9990-' });
    expect(open.headers['content-range']).toBe(`bytes 9990-9999/${bytes.length}`);

    const beyond = await get(`/api/v1/recordings/${id}`, { range: `bytes=${bytes.length}-` });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${bytes.length}`);
    expect(beyond.headers['content-type']).toContain('application/problem+json');
    expect(beyond.json()).toMatchObject({ status: 416, code: 'range-not-satisfiable' });
  });

  it('describes a recording without its owner or path', async () => {
    const { id, bytes } = await storedRecording();
    const response = await get(`/api/v1/recordings/${id}/meta`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id,
      answerId: 'interview:turn',
      mime: 'video/webm;codecs=vp8,opus',
      bytes: bytes.length,
      sha256: 'f'.repeat(64),
      durationSec: 12.5,
      createdAt: expect.any(String) as string,
    });
  });

  it('answers 404 to anyone but the owner, and 401 to nobody', async () => {
    const { id } = await storedRecording();
    for (const url of [`/api/v1/recordings/${id}`, `/api/v1/recordings/${id}/meta`]) {
      const foreign = await t.app.inject({ url, headers: { cookie: stranger.cookie } });
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json()).toMatchObject({ code: 'recording-not-found' });
      expect((await t.app.inject({ url })).statusCode).toBe(401);
    }
    const deletion = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/recordings/${id}`,
      headers: { cookie: stranger.cookie, ...ORIGIN },
    });
    expect(deletion.statusCode).toBe(404);
  });

  it('deletes the file and the row', async () => {
    const { id, file } = await storedRecording();
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/recordings/${id}`,
      headers: { cookie: owner.cookie, ...ORIGIN },
    });
    expect(response.statusCode).toBe(204);
    expect(existsSync(file)).toBe(false);
    expect((await get(`/api/v1/recordings/${id}/meta`)).statusCode).toBe(404);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/recordings/${id}`,
      headers: { cookie: owner.cookie, ...ORIGIN },
    });
    expect(again.statusCode).toBe(404);
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, object> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/recordings/{id}', '/api/v1/recordings/{id}/meta', '/files', '/files/{id}']),
    );
  });
});
