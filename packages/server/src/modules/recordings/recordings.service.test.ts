// The recordings service with its ports faked: recordings in an array (an insert of a known id keeps the first,
// as the repository's ON CONFLICT DO NOTHING does) and files as strings in a map.
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import type { ObjectStorage } from '../storage/object-storage.ts';
import type { KeptRecording, RecordingRepository } from './recordings.repository.ts';
import { createRecordingService } from './recordings.service.ts';

const ann = { id: 'ann' };
const bob = { id: 'bob' };

function inMemory() {
  const kept: KeptRecording[] = [];
  const files = new Map<string, string>();
  const mine = (userId: string) => kept.filter((r) => r.userId === userId);
  const repository: RecordingRepository = {
    insert: (recording) => {
      if (!kept.some((r) => r.id === recording.id)) kept.push(recording);
      return Promise.resolve(kept.find((r) => r.id === recording.id)!);
    },
    findOwned: (id, userId) => Promise.resolve(mine(userId).find((r) => r.id === id)),
    findById: (id) => Promise.resolve(kept.find((r) => r.id === id)),
    findByAnswer: (answerId, userId) => Promise.resolve(mine(userId).findLast((r) => r.answerId === answerId)),
    listByAnswerPrefix: (prefix, userId) => Promise.resolve(mine(userId).filter((r) => r.answerId?.startsWith(prefix))),
    bytesUsed: (userId) => Promise.resolve(mine(userId).reduce((sum, r) => sum + r.bytes, 0)),
    existing: (ids, userId) => Promise.resolve(mine(userId).flatMap((r) => (ids.includes(r.id) ? [r.id] : []))),
    listByUser: (userId) => Promise.resolve(mine(userId)),
    delete: (id, userId) => {
      const i = kept.findIndex((r) => r.id === id && r.userId === userId);
      if (i >= 0) kept.splice(i, 1);
      return Promise.resolve(i >= 0);
    },
  };
  const storage: ObjectStorage = {
    kind: 'local',
    put: () => Promise.reject(new Error('not used')),
    size: (key) => Promise.resolve(files.get(key)?.length),
    read: (key, span) =>
      Promise.resolve(Readable.from([files.get(key)!.slice(span?.start, (span?.end ?? Infinity) + 1)])),
    remove: (key) => Promise.resolve(void files.delete(key)),
    localPath: (key) => Promise.resolve(`/data/${key}`),
  };
  const add = (id: string, userId: string, answerId: string | null, content = 'RIFF0123456789') => {
    const path = `recordings/${id}.wav`;
    files.set(path, content);
    const recording = { id, userId, answerId, path, mime: 'audio/wav', bytes: content.length, sha256: 'f'.repeat(64) };
    return service.add({ ...recording, durationSec: 2.5, createdAt: '2026-12-07T12:00:00.000Z' });
  };
  const service = createRecordingService({ repository, storage });
  return { service, kept, files, add };
}

describe('recordings service', () => {
  it('keeps a recording once and shows it without the path of its file', async () => {
    const t = inMemory();
    const first = await t.add('r1', 'ann', 'i1:0.0');
    expect(first).toEqual({
      ...{ id: 'r1', userId: 'ann', answerId: 'i1:0.0', mime: 'audio/wav', bytes: 14, sha256: 'f'.repeat(64) },
      ...{ durationSec: 2.5, createdAt: '2026-12-07T12:00:00.000Z' },
    });
    expect(await t.add('r1', 'ann', 'i1:0.0', 'other bytes')).toEqual(first);
    expect(t.kept).toHaveLength(1);
    expect(await t.service.get('r1', ann)).toEqual(first);
    await expect(t.service.get('r1', bob)).rejects.toMatchObject({ kind: 'not-found' });
    expect(await t.service.forAnswer('i1:0.0', 'ann')).toEqual(first);
    expect(await t.service.locate('r1')).toEqual({ recording: first, path: '/data/recordings/r1.wav' });
  });

  it('opens a recording whole, as one range, or says the range cannot be served', async () => {
    const t = inMemory();
    await t.add('r1', 'ann', null);
    const whole = await t.service.open('r1', ann, undefined);
    expect(whole.kind === 'whole' && (await text(whole.stream))).toBe('RIFF0123456789');
    const part = await t.service.open('r1', ann, 'bytes=4-7');
    expect(part).toMatchObject({ kind: 'partial', start: 4, end: 7 });
    expect(part.kind === 'partial' && (await text(part.stream))).toBe('0123');
    expect(await t.service.open('r1', ann, 'bytes=99-')).toMatchObject({ kind: 'unsatisfiable' });
    t.files.clear();
    await expect(t.service.open('r1', ann, undefined)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it("deletes an interview's recordings and their files, and counts what a user keeps", async () => {
    const t = inMemory();
    await t.add('r1', 'ann', 'i1:0.0');
    await t.add('r2', 'ann', 'i1:1.0');
    await t.add('r3', 'ann', 'i2:0.0');
    await t.add('r4', 'bob', 'i1:0.0');
    expect(await t.service.bytesUsed('ann')).toBe(42);
    await t.service.removeAllOfInterview('i1', 'ann');
    expect(t.kept.map((r) => r.id)).toEqual(['r3', 'r4']);
    expect([...t.files.keys()]).toEqual(['recordings/r3.wav', 'recordings/r4.wav']);
    expect(await t.service.stillStored(['r1', 'r3', 'r4'], 'ann')).toEqual(new Set(['r3']));
    await expect(t.service.remove('r4', ann)).rejects.toMatchObject({ kind: 'not-found' });
    await t.service.removeAllOf('bob');
    expect(t.files.has('recordings/r4.wav')).toBe(false);
  });
});
