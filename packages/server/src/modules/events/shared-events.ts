// Interview updates that reach a browser whichever process it is connected to. Each update is appended to the
// interview_events table, whose id orders them across processes; every web process reads what is new and hands it
// to its own subscribers (in-process fan-out: interview-events.ts). It reads at once after a local update, when
// PostgreSQL's NOTIFY says another process wrote one, and on a timer in case a notification was missed (or on
// SQLite, which has none). A browser that reconnects sends the last id it saw (Last-Event-ID) and is sent what
// it missed first, so no update is lost to a dropped connection or a restarted web process.
import { createInterviewEvents, type InterviewUpdate } from '../interviews/interview-events.ts';
import type { EventRepository, StoredUpdate } from './events.repository.ts';

export interface EventSignal {
  /** Tells the other processes that something was appended. */
  notify(): Promise<void>;
  /** Calls back whenever another process says so; resolves to the unsubscribe function. */
  listen(onSignal: () => void): Promise<() => Promise<void>>;
}

export interface SharedEventsOptions {
  repository: EventRepository;
  /** PostgreSQL's LISTEN/NOTIFY; absent: the timer alone (SQLite, one machine). */
  signal?: EventSignal;
  /** How often to read when no notification came (default 1 s with a signal, 250 ms without). */
  pollMs?: number;
  now?: () => Date;
  log: (message: string, details?: object) => void;
}

/**
 * Ids are taken when a row is inserted but become visible when its transaction commits, so on PostgreSQL a lower
 * id can appear after a higher one was read. Each read looks this many ids back and skips those already delivered.
 */
const LOOK_BACK = 200;
const KEEP_FOR_MS = 24 * 3600_000;

export function createSharedInterviewEvents(options: SharedEventsOptions) {
  const { repository, log } = options;
  const local = createInterviewEvents();
  const now = options.now ?? (() => new Date());
  const delivered = new Set<number>();
  let cursor: number | undefined;
  let reading: Promise<void> | undefined;
  let again = false;
  let stopListening: (() => Promise<void>) | undefined;
  let appending: Promise<void> = Promise.resolve();

  async function readNew() {
    cursor ??= await repository.latestId();
    const updates = await repository.after(Math.max(0, cursor - LOOK_BACK), 1000);
    for (const update of updates) {
      if (delivered.has(update.id)) continue;
      delivered.add(update.id);
      local.publish(update);
      cursor = Math.max(cursor, update.id);
    }
    for (const id of delivered) if (id <= cursor - LOOK_BACK) delivered.delete(id);
  }

  /** One read at a time; a wake-up during a read asks for one more after it. */
  function wake(): Promise<void> {
    if (reading) {
      again = true;
      return reading;
    }
    reading = readNew()
      .catch((error: unknown) => log('reading interview events failed', { error: String(error) }))
      .finally(() => {
        reading = undefined;
        if (again) {
          again = false;
          void wake();
        }
      });
    return reading;
  }

  const timer = setInterval(() => void wake(), options.pollMs ?? (options.signal ? 1000 : 250));
  timer.unref();
  const pruner = setInterval(() => {
    repository.pruneBefore(new Date(now().getTime() - KEEP_FOR_MS).toISOString()).catch(() => {});
  }, 3600_000);
  pruner.unref();
  const listening = options.signal
    ?.listen(() => void wake())
    .then(
      (stop) => (stopListening = stop),
      (error: unknown) => log('listening for interview events failed; reading on a timer', { error: String(error) }),
    );

  return {
    openStream: (userId: string) => local.openStream(userId),
    closeStream: (userId: string) => local.closeStream(userId),
    subscribe: (interviewId: string, listener: (update: InterviewUpdate) => void) =>
      local.subscribe(interviewId, listener),

    /**
     * Stores the update for every process, then delivers it here at once and tells the others. A process's
     * updates are stored one after another, so they keep the order they were published in.
     */
    publish(update: InterviewUpdate): void {
      const { id: _ignored, ...plain } = update;
      appending = appending
        .then(() => repository.append(plain, now().toISOString()))
        .then(async () => {
          await wake();
          await options.signal?.notify();
        })
        .catch((error: unknown) => log('publishing an interview event failed', { error: String(error) }));
    },

    /**
     * Subscribes, and first sends what the browser missed after `afterId` (its Last-Event-ID). Updates arriving
     * while the missed ones are read are held back and sent after them, each once.
     */
    async follow(
      interviewId: string,
      afterId: number | undefined,
      listener: (update: InterviewUpdate) => void,
    ): Promise<() => void> {
      if (afterId === undefined) return local.subscribe(interviewId, listener);
      let sentUpTo = afterId;
      const held: InterviewUpdate[] = [];
      let replaying = true;
      const send = (update: InterviewUpdate) => {
        if (update.id !== undefined && update.id <= sentUpTo) return;
        sentUpTo = update.id ?? sentUpTo;
        listener(update);
      };
      const unsubscribe = local.subscribe(interviewId, (update) => (replaying ? held.push(update) : send(update)));
      const missed: StoredUpdate[] = await repository.ofInterviewAfter(interviewId, afterId);
      for (const update of missed) send(update);
      replaying = false;
      for (const update of held) send(update);
      return unsubscribe;
    },

    async close(): Promise<void> {
      clearInterval(timer);
      clearInterval(pruner);
      await appending;
      await listening;
      await stopListening?.();
      await reading;
    },
  };
}

export type SharedInterviewEvents = ReturnType<typeof createSharedInterviewEvents>;
