// The upload service with its ports faked: tus's data store answers from a map of uploads, a finished upload's
// bytes are a file in a temporary directory, recordings are kept in an array and stored files only named.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataStore, Upload } from '@tus/utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeptRecording } from '../recordings/recordings.repository.ts';
import type { ObjectStorage } from '../storage/object-storage.ts';
import { createUploadService } from './uploads.service.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function inMemory(quotaBytes?: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'uploads-service-'));
  dirs.push(dataDir);
  const uploads = new Map<string, Upload>();
  const kept: KeptRecording[] = [];
  const stored: string[] = [];
  const ready: string[] = [];
  const bytes = 'RIFF and some audio';
  const upload = async (id: string, ownerId: string, offset = bytes.length) => {
    await writeFile(join(dataDir, id), bytes);
    const metadata = { ownerId, answerId: 'i1:0.0', filetype: 'audio/wav' };
    uploads.set(id, { id, size: bytes.length, offset, metadata } as unknown as Upload);
  };
  const datastore = {
    getUpload: (id: string) => (uploads.has(id) ? Promise.resolve(uploads.get(id)) : Promise.reject(new Error('gone'))),
    remove: (id: string) => Promise.resolve(void uploads.delete(id)),
  };
  const service = createUploadService({
    dataDir,
    maxBytes: 1000,
    ...(quotaBytes === undefined ? {} : { quotaBytes }),
    recordings: {
      add: (recording) => {
        kept.push(recording);
        const { path: _path, ...shown } = recording;
        return Promise.resolve(shown);
      },
      find: (id) => Promise.resolve(kept.find((r) => r.id === id)),
      bytesUsed: (userId) => Promise.resolve(kept.filter((r) => r.userId === userId).reduce((n, r) => n + r.bytes, 0)),
    },
    storage: { put: (key: string) => Promise.resolve(void stored.push(key)) } as unknown as ObjectStorage,
    area: {
      datastore: datastore as unknown as DataStore,
      localCopy: (id) => Promise.resolve({ path: join(dataDir, id), release: () => Promise.resolve() }),
      growingFile: () => undefined,
    },
    onRecordingReady: (recording) => Promise.resolve(void ready.push(recording.id)),
    log: () => undefined,
  });
  return { service, upload, uploads, kept, stored, ready, bytes };
}

describe('upload service', () => {
  it('lets only its owner at an upload, and resumes one still in progress', async () => {
    const t = await inMemory();
    await t.upload('u1', 'ann', 5);
    expect(await t.service.access('u1', 'ann')).toEqual({ kind: 'in-progress' });
    expect(await t.service.access('u1', 'bob')).toEqual({ kind: 'none' });
    expect(await t.service.access('nope', 'ann')).toEqual({ kind: 'none' });
    expect(t.kept).toEqual([]);
  });

  it('turns a finished upload into a recording once, even when asked twice at the same time', async () => {
    const t = await inMemory();
    await t.upload('u1', 'ann');
    const [first, second] = await Promise.all([t.service.access('u1', 'ann'), t.service.access('u1', 'ann')]);
    expect(first).toEqual(second);
    expect(first).toMatchObject({
      kind: 'finished',
      recording: { id: 'u1', userId: 'ann', answerId: 'i1:0.0', mime: 'audio/wav', bytes: t.bytes.length },
    });
    expect(t.kept.map((r) => r.path)).toEqual(['recordings/u1.wav']);
    expect(t.stored).toEqual(['recordings/u1.wav']);
    expect(t.ready).toEqual(['u1']);
    expect(t.uploads.has('u1')).toBe(false);
    // The upload is gone; its recording answers for it, to its owner only.
    expect(await t.service.access('u1', 'ann')).toMatchObject({ kind: 'finished', recording: { id: 'u1' } });
    expect(await t.service.access('u1', 'bob')).toEqual({ kind: 'none' });
  });

  it('keeps a user within their quota of recorded bytes', async () => {
    const t = await inMemory(30);
    expect(await t.service.withinQuota('ann', 30)).toBe(true);
    expect(await t.service.withinQuota('ann', 31)).toBe(false);
    await t.upload('u1', 'ann');
    await t.service.access('u1', 'ann');
    expect(await t.service.withinQuota('ann', 11)).toBe(true);
    expect(await t.service.withinQuota('ann', 12)).toBe(false);
    expect(await t.service.withinQuota('bob', 30)).toBe(true);
    expect(await (await inMemory()).service.withinQuota('ann', 10_000)).toBe(true);
  });
});
