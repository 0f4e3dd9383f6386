// Recordings and uploads in an S3-compatible bucket: the adapter itself, then two web processes sharing the bucket
// and the database, where an upload started through one is resumed through the other and played back from either.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import type * as tus from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createS3Storage } from '../src/modules/storage/s3.storage.ts';
import type { StorageChoice } from '../src/modules/storage/storage-factory.ts';
import { availableDialects, signUp } from './helper.ts';
import {
  createAppStorage,
  startListeningApp,
  startUpload,
  TRUSTED_ORIGIN,
  type AppStorage,
  type ListeningApp,
} from './listening-app.ts';
import { s3ServerForTests } from './s3-server-for-tests.ts';

const server = await s3ServerForTests();
const dialects = await availableDialects();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const s3Choice = (): Extract<StorageChoice, { kind: 's3' }> => {
  const choice = loadConfig({ ...server?.env }).storage;
  if (choice.kind !== 's3') throw new Error('expected S3 settings');
  return choice;
};

describe.skipIf(!server)('S3 object storage', () => {
  afterAll(async () => server?.stop());

  it('stores a file, tells its size, reads a byte range, copies it locally and removes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-s3-'));
    const storage = createS3Storage(s3Choice(), join(dir, 'cache'));
    const local = join(dir, 'file.txt');
    writeFileSync(local, 'hello, bucket');
    await storage.put('recordings/r-1.txt', local);
    expect(existsSync(local)).toBe(false);
    expect(await storage.size('recordings/r-1.txt')).toBe(13);
    expect(await text(await storage.read('recordings/r-1.txt', { start: 7, end: 12 }))).toBe('bucket');
    const copy = await storage.localPath('recordings/r-1.txt');
    expect(existsSync(copy)).toBe(true);
    await storage.remove('recordings/r-1.txt');
    expect(await storage.size('recordings/r-1.txt')).toBeUndefined();
    expect(existsSync(copy)).toBe(false);
    await expect(storage.put('../escape', local)).rejects.toThrow(/Not a storage key/);
  });

  it('refuses STORAGE=s3 without a bucket, with a readable error', () => {
    expect(() => loadConfig({ STORAGE: 's3' })).toThrow(/S3_BUCKET: STORAGE=s3 needs a bucket name/);
  });

  describe.each(dialects)('two web processes on %s', (dialect) => {
    let storage: AppStorage;
    let first: ListeningApp;
    let second: ListeningApp;
    let cookie: string;

    beforeAll(async () => {
      storage = await createAppStorage(dialect);
      const env = { ...server?.env, ROLE: 'web' };
      first = await startListeningApp(storage, { env });
      // On PostgreSQL the second process has a data folder of its own, as on another machine; SQLite lives in
      // DATA_DIR, so there both share it (uploads and recordings are in the bucket either way).
      const secondDir = dialect === 'postgres' ? mkdtempSync(join(tmpdir(), 'rehearse-web2-')) : storage.dataDir;
      second = await startListeningApp({ ...storage, dataDir: secondDir }, { env });
      ({ cookie } = await signUp(first.app));
    });
    afterAll(async () => {
      await first.stop();
      await second.stop();
      await storage.drop();
    });

    it('resumes through the second process an upload begun through the first, and plays it back from either', async () => {
      const bytes = randomBytes(3 * 1024 * 1024 + 123);
      const owner = { headers: { cookie, origin: TRUSTED_ORIGIN } };
      const options: tus.UploadOptions = { chunkSize: 512 * 1024, metadata: { filetype: 'video/mp4' }, ...owner };
      let stopped!: () => void;
      const halfway = new Promise<void>((resolve) => (stopped = resolve));
      const begun = startUpload(bytes, {
        ...options,
        endpoint: `${first.baseUrl}/files`,
        onChunkComplete: (_size, accepted) => {
          if (accepted >= bytes.length / 2) void begun.upload.abort().then(stopped);
        },
      });
      await halfway;
      const path = new URL(begun.upload.url ?? '').pathname;

      const resumed = startUpload(bytes, { ...options, uploadUrl: `${second.baseUrl}${path}` });
      await resumed.done;
      const id = path.split('/').at(-1) ?? '';

      const meta = await first.app.inject({ url: `/api/v1/recordings/${id}/meta`, headers: { cookie } });
      expect(meta.json()).toMatchObject({ sha256: sha256(bytes), bytes: bytes.length });
      const range = await first.app.inject({
        url: `/api/v1/recordings/${id}`,
        headers: { cookie, range: 'bytes=1000-1999' },
      });
      expect(range.statusCode).toBe(206);
      expect(range.headers['content-range']).toBe(`bytes 1000-1999/${bytes.length}`);
      expect(range.rawPayload.equals(bytes.subarray(1000, 2000))).toBe(true);
      const whole = await second.app.inject({ url: `/api/v1/recordings/${id}`, headers: { cookie } });
      expect(sha256(whole.rawPayload)).toBe(sha256(bytes));
      // Nothing of it stayed on either machine's disk.
      expect(existsSync(join(storage.dataDir, 'recordings', `${id}.mp4`))).toBe(false);

      const removed = await second.app.inject({
        method: 'DELETE',
        url: `/api/v1/recordings/${id}`,
        headers: { cookie, origin: TRUSTED_ORIGIN },
      });
      expect(removed.statusCode).toBe(204);
      expect((await first.app.inject({ url: `/api/v1/recordings/${id}`, headers: { cookie } })).statusCode).toBe(404);
    });
  });
});
