import { EventEmitter } from 'node:events';

export interface InterviewUpdate {
  interviewId: string;
  /** What happened: the state moved, or a turn's analysis finished (or failed). */
  reason: 'state' | 'turn-analysed' | 'turn-failed';
  turnId?: string;
}

/**
 * Tells connected browsers (server-sent events) that an interview changed. In-process: with several API
 * processes, each one learns of the jobs it ran; clients also refetch on reconnect, so nothing is lost.
 */
export function createInterviewEvents() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (update: InterviewUpdate) => emitter.emit(update.interviewId, update),
    subscribe(interviewId: string, listener: (update: InterviewUpdate) => void) {
      emitter.on(interviewId, listener);
      return () => emitter.off(interviewId, listener);
    },
  };
}

export type InterviewEvents = ReturnType<typeof createInterviewEvents>;
