import { EventEmitter } from 'node:events';

export interface InterviewUpdate {
  interviewId: string;
  /** What happened: the state moved, or a turn's analysis finished (or failed). */
  reason: 'state' | 'turn-analysed' | 'turn-failed';
  turnId?: string;
  /** Its place in the order of every update, across processes (events/shared-events.ts); the SSE event id. */
  id?: number;
}

/**
 * Tells connected browsers (server-sent events) that an interview changed. In-process: with several API
 * processes, each one learns of the jobs it ran; clients also refetch on reconnect, so nothing is lost.
 */
export function createInterviewEvents(options: { maxStreamsPerUser?: number } = {}) {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const maxStreams = options.maxStreamsPerUser ?? MAX_STREAMS_PER_USER;
  const open = new Map<string, number>();
  return {
    /** Counts an open event stream of this user; false when the user already holds as many as allowed. */
    openStream(userId: string): boolean {
      const count = open.get(userId) ?? 0;
      if (count >= maxStreams) return false;
      open.set(userId, count + 1);
      return true;
    },
    closeStream(userId: string): void {
      const count = (open.get(userId) ?? 1) - 1;
      if (count <= 0) open.delete(userId);
      else open.set(userId, count);
    },
    publish(update: InterviewUpdate): void {
      emitter.emit(update.interviewId, update);
    },
    subscribe(interviewId: string, listener: (update: InterviewUpdate) => void) {
      emitter.on(interviewId, listener);
      return () => emitter.off(interviewId, listener);
    },
    /** Subscribes; in one process there is nothing stored to replay after a browser's last event id. */
    follow(
      interviewId: string,
      _afterId: number | undefined,
      listener: (update: InterviewUpdate) => void,
    ): Promise<() => void> {
      emitter.on(interviewId, listener);
      return Promise.resolve(() => void emitter.off(interviewId, listener));
    },
  };
}

/** Open event streams one user may hold: a few tabs and devices, not a loop of connections. */
const MAX_STREAMS_PER_USER = 8;

export type InterviewEvents = ReturnType<typeof createInterviewEvents>;
