// State shared by the processes of a deployment, on both databases: interview updates published by one process
// reach subscribers of another (PostgreSQL's NOTIFY, or reading on a timer), a reconnecting browser is sent what it
// missed after its last event id, and a live transcript kept by a web process is found by a worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../src/db/database.ts';
import { createEventRepository } from '../src/modules/events/events.repository.ts';
import { createPgSignal } from '../src/modules/events/pg-signal.ts';
import { createSharedInterviewEvents, type SharedInterviewEvents } from '../src/modules/events/shared-events.ts';
import type { InterviewUpdate } from '../src/modules/interviews/interview-events.ts';
import { createLiveTranscripts } from '../src/modules/live-transcripts/live-transcripts.ts';
import type { LiveResult } from '../src/modules/speech/live-transcription.ts';
import { availableDialects } from './helper.ts';
import { createAppStorage, type AppStorage } from './listening-app.ts';

const dialects = await availableDialects();

async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(check()).toBe(true);
}

describe.each(dialects)('shared state on %s', (dialect) => {
  let storage: AppStorage;
  const handles: DatabaseHandle[] = [];
  const processes: SharedInterviewEvents[] = [];

  /** One process's view: its own connection pool and, on PostgreSQL, its own listening connection. */
  const process = () => {
    const database = openDatabase({ databaseUrl: storage.databaseUrl, dataDir: storage.dataDir });
    handles.push(database);
    const events = createSharedInterviewEvents({
      repository: createEventRepository(database.db),
      ...(storage.databaseUrl ? { signal: createPgSignal(storage.databaseUrl, () => {}), pollMs: 60_000 } : {}),
      log: () => {},
    });
    processes.push(events);
    return { database, events };
  };

  beforeAll(async () => {
    storage = await createAppStorage(dialect);
    const first = openDatabase({ databaseUrl: storage.databaseUrl, dataDir: storage.dataDir });
    await migrateToLatest(first.db);
    handles.push(first);
  });
  afterAll(async () => {
    for (const events of processes) await events.close();
    for (const handle of handles) await handle.close();
    await storage.drop();
  });

  it("delivers one process's updates to another's subscribers, in order, each once", async () => {
    const worker = process();
    const web = process();
    // Let the listening connection settle (on PostgreSQL the timer is off: only NOTIFY can wake the reader).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const heard: InterviewUpdate[] = [];
    web.events.subscribe('iv-1', (update) => heard.push(update));
    web.events.subscribe('iv-other', () => heard.push({ interviewId: 'wrong', reason: 'state' }));
    for (let turn = 1; turn <= 5; turn++)
      worker.events.publish({ interviewId: 'iv-1', reason: 'turn-analysed', turnId: `t${turn}` });
    await eventually(() => heard.length === 5);
    expect(heard.map((update) => update.turnId)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    const ids = heard.map((update) => update.id ?? 0);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toHaveLength(5);
  });

  it('sends a reconnecting browser what it missed after its last event id, then what comes next', async () => {
    const worker = process();
    const web = process();
    const first: InterviewUpdate[] = [];
    const unsubscribe = await web.events.follow('iv-2', undefined, (update) => first.push(update));
    worker.events.publish({ interviewId: 'iv-2', reason: 'state' });
    await eventually(() => first.length === 1);
    unsubscribe();
    // While the browser is away (its connection dropped, its web process restarted), two more updates.
    worker.events.publish({ interviewId: 'iv-2', reason: 'turn-analysed', turnId: 'a' });
    worker.events.publish({ interviewId: 'iv-2', reason: 'turn-failed', turnId: 'b' });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const another = process();
    const again: InterviewUpdate[] = [];
    await another.events.follow('iv-2', first[0]?.id, (update) => again.push(update));
    expect(again.map((update) => update.turnId)).toEqual(['a', 'b']);
    worker.events.publish({ interviewId: 'iv-2', reason: 'state' });
    await eventually(() => again.length === 3);
    expect(new Set(again.map((update) => update.id)).size).toBe(3);
  });

  it('finds a live transcript kept by another process only for the recording it heard', async () => {
    const heard: LiveResult = {
      transcript: {
        text: 'an index speeds up reads',
        words: [],
        confidence: 0.9,
      } as unknown as LiveResult['transcript'],
      audioSeconds: 4.2,
      peakDb: -12,
    };
    const live = { result: (answerId: string, sha256: string) => Promise.resolve(sha256 === 'abc' ? heard : null) };
    const web = createLiveTranscripts(handles[0]!.db, () => {});
    await web.keepFrom(live, { answerId: 'iv-3:1', sha256: 'abc' });
    await web.keepFrom(live, { answerId: 'iv-3:1', sha256: 'abc' });
    await web.keepFrom(live, { answerId: 'iv-3:2', sha256: 'other' });
    const worker = createLiveTranscripts(process().database.db, () => {});
    expect(await worker.find('iv-3:1', 'abc')).toEqual(heard);
    expect(await worker.find('iv-3:1', 'different-bytes')).toBeNull();
    expect(await worker.find('iv-3:2', 'other')).toBeNull();
  });
});
