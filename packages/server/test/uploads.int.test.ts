import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { Upload } from '@tus/utils';
import type * as tus from 'tus-js-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Recording } from '../src/modules/recordings/recordings.service.ts';
import { availableDialects, signUp } from './helper.ts';
import {
  createAppStorage,
  startListeningApp,
  startUpload,
  TRUSTED_ORIGIN,
  type AppStorage,
  type ListeningApp,
} from './listening-app.ts';

const dialects = await availableDialects();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const idOf = (uploadUrl: string | null) => uploadUrl!.split('/').at(-1)!;
const CHUNK = 256 * 1024;

/** A short Opus-in-WebM recording written the way a live recorder writes it: no duration, no cues. */
function liveWebm(dir: string): Buffer {
  const file = join(dir, 'live.webm');
  const args = ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3'];
  execFileSync('ffmpeg', [...args, '-c:a', 'libopus', '-live', '1', '-f', 'webm', file]);
  return readFileSync(file);
}

/** Starts an upload and stops it once the server has accepted at least half of it; resolves with its URL. */
async function uploadHalf(bytes: Buffer, options: tus.UploadOptions): Promise<string> {
  let stopped!: () => void;
  const halfway = new Promise<void>((resolve) => (stopped = resolve));
  const running = startUpload(bytes, {
    ...options,
    onChunkComplete: (_size, accepted) => {
      if (accepted >= bytes.length / 2) void running.upload.abort().then(stopped);
    },
  });
  await halfway;
  return running.upload.url!;
}

async function serverOffset(url: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { method: 'HEAD', headers: { ...headers, 'tus-resumable': '1.0.0' } });
  return Number(response.headers.get('upload-offset'));
}

describe.each(dialects)('resumable uploads on %s', (dialect) => {
  let storage: AppStorage;
  let server: ListeningApp;
  let ready: Recording[];
  let cookie: string;

  const start = async (env: Record<string, string> = {}, port?: number) => {
    server = await startListeningApp(storage, {
      env,
      port,
      overrides: { onRecordingReady: (recording) => Promise.resolve(void ready.push(recording)) },
    });
    return server;
  };
  const asOwner = () => ({ headers: { cookie, origin: TRUSTED_ORIGIN } });
  const recordingFile = (recording: Recording) =>
    readdirSync(join(storage.dataDir, 'recordings')).find((name) => name.startsWith(recording.id))!;

  beforeEach(async () => {
    storage = await createAppStorage(dialect);
    ready = [];
    await start();
    ({ cookie } = await signUp(server.app));
  });

  afterEach(async () => {
    await server.stop();
    await storage.drop();
  });

  it('stores a complete upload as a recording and calls the hook once', async () => {
    const bytes = randomBytes(700_000);
    const { upload, done } = startUpload(bytes, {
      endpoint: `${server.baseUrl}/files`,
      chunkSize: CHUNK,
      metadata: { filetype: 'audio/wav', answerId: 'interview-1:turn-2', filename: 'a.wav' },
      ...asOwner(),
    });
    await done;
    const id = idOf(upload.url);
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ id, answerId: 'interview-1:turn-2', mime: 'audio/wav', bytes: 700_000 });
    expect(ready[0]!.sha256).toBe(sha256(bytes));
    expect(readFileSync(join(storage.dataDir, 'recordings', `${id}.wav`)).equals(bytes)).toBe(true);
    expect(readdirSync(join(storage.dataDir, 'uploads'))).toEqual([]);
  });

  it('resumes an interrupted upload from a new client with the same URL, arriving with the same SHA-256', async () => {
    const bytes = randomBytes(3 * 1024 * 1024);
    const options = {
      chunkSize: CHUNK,
      metadata: { filetype: 'video/mp4', answerId: 'a-1' },
      ...asOwner(),
    };
    const url = await uploadHalf(bytes, { ...options, endpoint: `${server.baseUrl}/files` });
    const offset = await serverOffset(url, { cookie });
    expect(offset).toBeGreaterThanOrEqual(bytes.length / 2);
    expect(offset).toBeLessThan(bytes.length);
    expect(ready).toEqual([]);
    const resumed = startUpload(bytes, { ...options, uploadUrl: url });
    await resumed.done;
    expect(resumed.upload.url).toBe(url);
    expect(ready).toHaveLength(1);
    expect(ready[0]!.sha256).toBe(sha256(bytes));
  });

  it('resumes after the server restarts between the two halves (same DATA_DIR)', async () => {
    const bytes = randomBytes(2 * 1024 * 1024);
    const options = { chunkSize: CHUNK, metadata: { filetype: 'audio/webm', answerId: 'a-2' }, ...asOwner() };
    const url = await uploadHalf(bytes, { ...options, endpoint: `${server.baseUrl}/files` });
    const port = server.port;
    await server.stop();
    await start({}, port);
    expect(await serverOffset(url, { cookie })).toBeGreaterThanOrEqual(bytes.length / 2);
    const resumed = startUpload(bytes, { ...options, uploadUrl: url });
    await resumed.done;
    expect(ready).toHaveLength(1);
    expect(ready[0]!.sha256).toBe(sha256(bytes));
  });

  it('accepts a deferred-length stream and fixes a live WebM so it has a duration', async () => {
    const webm = liveWebm(storage.dataDir);
    const { upload, done } = startUpload(Readable.from([webm.subarray(0, 4000), webm.subarray(4000)]), {
      endpoint: `${server.baseUrl}/files`,
      uploadLengthDeferred: true,
      chunkSize: 8 * 1024,
      metadata: { filetype: 'audio/webm;codecs=opus', answerId: 'a-3' },
      ...asOwner(),
    });
    await done;
    const recording = ready[0]!;
    expect(recording.id).toBe(idOf(upload.url));
    expect(recording.sha256).toBe(sha256(webm));
    expect(recording.durationSec).toBeGreaterThan(2.9);
    expect(recording.durationSec).toBeLessThan(3.2);
    expect(recordingFile(recording)).toBe(`${recording.id}.webm`);
  });

  it('acts on the upload the route checked, never on one named in the query string', async () => {
    const victimUrl = await uploadHalf(randomBytes(600_000), {
      endpoint: `${server.baseUrl}/files`,
      chunkSize: CHUNK,
      metadata: { filetype: 'audio/wav' },
      ...asOwner(),
    });
    const victimOffset = await serverOffset(victimUrl, { cookie, origin: TRUSTED_ORIGIN });
    const attacker = await signUp(server.app);
    const attackerHeaders = { cookie: attacker.cookie, origin: TRUSTED_ORIGIN };
    const attackerUrl = await uploadHalf(randomBytes(600_000), {
      endpoint: `${server.baseUrl}/files`,
      chunkSize: CHUNK,
      metadata: { filetype: 'audio/wav' },
      headers: attackerHeaders,
    });
    const attackerOffset = await serverOffset(attackerUrl, attackerHeaders);
    const confused = `${attackerUrl}?x=/${idOf(victimUrl)}`;
    for (const method of ['HEAD', 'PATCH', 'DELETE'] as const) {
      const response = await fetch(confused, {
        method,
        headers: {
          ...attackerHeaders,
          'tus-resumable': '1.0.0',
          'upload-offset': String(attackerOffset),
          'content-type': 'application/offset+octet-stream',
        },
        body: method === 'PATCH' ? 'appended' : undefined,
      });
      if (method === 'HEAD') expect(response.headers.get('upload-offset')).toBe(String(attackerOffset));
    }
    // The victim's upload is untouched: same offset, still resumable by its owner.
    expect(await serverOffset(victimUrl, { cookie, origin: TRUSTED_ORIGIN })).toBe(victimOffset);
  });

  it('answers every tus error as a problem document, keeping the tus headers', async () => {
    const url = await uploadHalf(randomBytes(600_000), {
      endpoint: `${server.baseUrl}/files`,
      chunkSize: CHUNK,
      metadata: { filetype: 'audio/wav' },
      ...asOwner(),
    });
    const headers = { cookie, origin: TRUSTED_ORIGIN, 'content-type': 'application/offset+octet-stream' };
    const wrongOffset = await fetch(url, {
      method: 'PATCH',
      headers: { ...headers, 'tus-resumable': '1.0.0', 'upload-offset': '7' },
      body: 'bytes',
    });
    const noVersion = await fetch(url, { method: 'PATCH', headers: { ...headers, 'upload-offset': '0' }, body: 'x' });
    for (const [response, status] of [
      [wrongOffset, 409],
      [noVersion, 400],
    ] as const) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { status: number; code: string; detail: string };
      expect(problem.status).toBe(status);
    }
    // The error tus itself wrote keeps its protocol headers.
    expect(wrongOffset.headers.get('tus-resumable')).toBe('1.0.0');
  });

  it("refuses someone else's upload, and answers HEAD on a finished one as complete", async () => {
    const bytes = randomBytes(600_000);
    const url = await uploadHalf(bytes, {
      endpoint: `${server.baseUrl}/files`,
      chunkSize: CHUNK,
      metadata: { filetype: 'audio/wav' },
      ...asOwner(),
    });
    const other = await signUp(server.app);
    const tusHeaders = { 'tus-resumable': '1.0.0', origin: TRUSTED_ORIGIN };
    for (const method of ['HEAD', 'PATCH', 'DELETE'] as const) {
      const response = await fetch(url, {
        method,
        headers: {
          ...tusHeaders,
          cookie: other.cookie,
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
        },
        body: method === 'PATCH' ? 'stolen' : undefined,
      });
      expect(response.status, method).toBe(404);
    }
    const anonymous = await fetch(url, { method: 'HEAD', headers: tusHeaders });
    expect(anonymous.status).toBe(401);

    await startUpload(bytes, { uploadUrl: url, chunkSize: CHUNK, ...asOwner() }).done;
    const head = await fetch(url, { method: 'HEAD', headers: { ...tusHeaders, cookie } });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe('600000');
    expect(head.headers.get('upload-length')).toBe('600000');
    expect(ready).toHaveLength(1);
  });

  it('finalises an upload whose last byte arrived just before the server died, when the client resumes', async () => {
    const bytes = randomBytes(300_000);
    const { user, cookie: ownerCookie } = await signUp(server.app);
    // What a killed server leaves behind: every byte on disk, no recording yet.
    const store = new FileStore({ directory: join(storage.dataDir, 'uploads') });
    const id = randomUUID();
    const metadata = { filetype: 'audio/wav', answerId: 'a-9', ownerId: user.id };
    await store.create(new Upload({ id, size: bytes.length, offset: 0, metadata }));
    await store.write(Readable.from([bytes]), id, 0);

    const resumed = startUpload(bytes, {
      uploadUrl: `${server.baseUrl}/files/${id}`,
      headers: { cookie: ownerCookie, origin: TRUSTED_ORIGIN },
    });
    await resumed.done;
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ id, answerId: 'a-9', sha256: sha256(bytes), bytes: bytes.length });
  });

  it('tells the app about a recording stored just before the server died, when the client resumes', async () => {
    const bytes = randomBytes(200_000);
    const { user, cookie: ownerCookie } = await signUp(server.app);
    // What a server killed between storing the recording and telling the interview leaves behind.
    const store = new FileStore({ directory: join(storage.dataDir, 'uploads') });
    const id = randomUUID();
    const metadata = { filetype: 'audio/wav', answerId: 'a-10', ownerId: user.id };
    await store.create(new Upload({ id, size: bytes.length, offset: 0, metadata }));
    await store.write(Readable.from([bytes]), id, 0);
    mkdirSync(join(storage.dataDir, 'recordings'), { recursive: true });
    writeFileSync(join(storage.dataDir, 'recordings', `${id}.wav`), bytes);
    await server.deps.recordings.add({
      id,
      userId: user.id,
      answerId: 'a-10',
      path: join('recordings', `${id}.wav`),
      mime: 'audio/wav',
      bytes: bytes.length,
      sha256: sha256(bytes),
      durationSec: null,
      createdAt: new Date().toISOString(),
    });

    const resumed = startUpload(bytes, {
      uploadUrl: `${server.baseUrl}/files/${id}`,
      headers: { cookie: ownerCookie, origin: TRUSTED_ORIGIN },
    });
    await resumed.done;
    expect(ready.map((recording) => recording.id)).toEqual([id]);
    expect(readdirSync(join(storage.dataDir, 'uploads'))).toEqual([]);
  });

  it('refuses a cookie-authenticated upload from a foreign page, and types other than audio and video', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${server.baseUrl}/files`, {
        method: 'POST',
        headers: { 'tus-resumable': '1.0.0', 'upload-length': '10', cookie, ...headers },
      });
    const foreign = await post({ origin: 'https://evil.example', 'upload-metadata': `filetype ${b64('audio/wav')}` });
    expect(foreign.status).toBe(403);
    const text = await post({ origin: TRUSTED_ORIGIN, 'upload-metadata': `filetype ${b64('text/html')}` });
    expect(text.status).toBe(415);
    expect(text.headers.get('content-type')).toContain('application/problem+json');
    expect(await text.json()).toMatchObject({ code: 'upload-type-not-allowed' });
    const untyped = await post({ origin: TRUSTED_ORIGIN });
    expect(untyped.status).toBe(415);
    expect(existsSync(join(storage.dataDir, 'uploads'))).toBe(true);
    expect(readdirSync(join(storage.dataDir, 'uploads'))).toEqual([]);
  });

  it('refuses uploads over the size limit, declared or deferred', async () => {
    await server.stop();
    await start({ UPLOAD_MAX_BYTES: String(1024 * 1024) });
    const declared = startUpload(randomBytes(1024 * 1024 + 1), {
      endpoint: `${server.baseUrl}/files`,
      metadata: { filetype: 'audio/wav' },
      ...asOwner(),
    });
    await expect(declared.done).rejects.toThrow(/response code: 413/);
    const deferred = startUpload(Readable.from([randomBytes(800_000), randomBytes(800_000)]), {
      endpoint: `${server.baseUrl}/files`,
      uploadLengthDeferred: true,
      chunkSize: 400_000,
      metadata: { filetype: 'audio/wav' },
      ...asOwner(),
    });
    await expect(deferred.done).rejects.toThrow(/response code: 413/);
    expect(ready).toEqual([]);
  });

  it("refuses a new upload once the user's recordings fill their quota, and says so", async () => {
    await server.stop();
    await start({ RECORDINGS_QUOTA_BYTES: String(700_000) });
    ({ cookie } = await signUp(server.app));
    await startUpload(randomBytes(600_000), {
      endpoint: `${server.baseUrl}/files`,
      metadata: { filetype: 'audio/wav' },
      ...asOwner(),
    }).done;
    expect(ready).toHaveLength(1);
    const over = await fetch(`${server.baseUrl}/files`, {
      method: 'POST',
      headers: {
        cookie,
        origin: TRUSTED_ORIGIN,
        'tus-resumable': '1.0.0',
        'upload-length': '200000',
        'upload-metadata': `filetype ${b64('audio/wav')}`,
      },
    });
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ code: 'storage-quota-exceeded' });
    // Another user has a quota of their own.
    const other = await signUp(server.app);
    await startUpload(randomBytes(200_000), {
      endpoint: `${server.baseUrl}/files`,
      metadata: { filetype: 'audio/wav' },
      headers: { cookie: other.cookie, origin: TRUSTED_ORIGIN },
    }).done;
    expect(ready).toHaveLength(2);
  });
});

const b64 = (text: string) => Buffer.from(text).toString('base64');
