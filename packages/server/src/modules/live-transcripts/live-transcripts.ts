// A transcript heard while an answer was uploaded, kept where every process finds it. Live transcription follows
// the upload's file in the web process that received it; the worker that analyses the answer is another process,
// perhaps on another machine. So in the web role the finished live transcript is stored, keyed by the answer and
// the SHA-256 of the bytes it heard, and the worker's transcription looks there before decoding the recording.
// A transcript stands only for exactly the recording it heard: any other bytes are transcribed again.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { LiveResult } from '../speech/live-transcription.ts';

interface Heard {
  /** The live transcript of an answer, if it heard exactly the recording with this SHA-256; forgets it either way. */
  result(answerId: string, sha256: string): Promise<LiveResult | null>;
}

export function createLiveTranscripts(db: Kysely<Database>, log: (message: string, details?: object) => void) {
  return {
    /** Stores what this process heard of a finished recording's answer (nothing when it heard nothing). */
    async keepFrom(live: Heard | null, recording: { answerId: string | null; sha256: string }): Promise<void> {
      if (!live || !recording.answerId) return;
      const heard = await live.result(recording.answerId, recording.sha256).catch((error: unknown) => {
        log('live transcript could not be read', { answerId: recording.answerId, error: String(error) });
        return null;
      });
      if (!heard) return;
      await db
        .insertInto('live_transcripts')
        .values({
          answer_id: recording.answerId,
          sha256: recording.sha256,
          result: JSON.stringify(heard),
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.columns(['answer_id', 'sha256']).doNothing())
        .execute();
    },

    /** The transcript another process heard of exactly this recording; null when none did. */
    async find(answerId: string, sha256: string): Promise<LiveResult | null> {
      const row = await db
        .selectFrom('live_transcripts')
        .select('result')
        .where('answer_id', '=', answerId)
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      return row ? (JSON.parse(row.result) as LiveResult) : null;
    },
  };
}

export type LiveTranscripts = ReturnType<typeof createLiveTranscripts>;
