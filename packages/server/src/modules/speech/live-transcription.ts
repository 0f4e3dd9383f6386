// Transcription while the candidate is still speaking. The offline recogniser runs at about a fifth of real time,
// so a minute-long answer transcribed only once it ends would keep the candidate waiting for ten seconds or more.
// Instead, each time the upload grows, the audio since the last settled point is transcribed, and the words
// before a silence comfortably behind the live edge are settled; at the end only the rest remains to transcribe.
// Settled words live in memory: after a restart the whole recording is simply transcribed again.
import { join } from 'node:path';
import type { Question, TimedWord, Transcript } from '@rehearse/core';
import type { DecodedAudio } from './audio-intake.ts';
import type { SettledSpeech } from './speech.service.ts';
import { shiftWords } from './speech.service.ts';
import { sliceWav } from './wav-slice.ts';

/** Wait for this much new audio beyond the settled point before a pass: fewer, longer passes cost less. */
const MIN_NEW_SECONDS = 3;
/** Words this close to the live edge may still change as more audio arrives; they are never settled. */
const EDGE_MARGIN_SECONDS = 1;
/** A silence at least this long between two words is a safe place to cut the audio. */
const MIN_CUT_GAP_SECONDS = 0.25;

export interface LiveTranscriptionDeps {
  /** Decodes what has arrived of a recording so far (a growing upload) into a 16 kHz mono WAV. */
  decode(path: string): Promise<DecodedAudio>;
  /** Transcribes a WAV biased to the question being answered. */
  transcribe(wavPath: string, question: Question): Promise<Transcript>;
  /** The question an upload's answer id belongs to, for its owner; null when it is not a live answer. */
  questionFor(answerId: string, ownerId: string): Promise<Question | null>;
  log: (message: string, details?: object) => void;
}

export interface GrowingUpload {
  answerId: string;
  ownerId: string;
  path: string;
}

/** An answer whose upload stopped growing this long ago was abandoned; its settled words are dropped. */
const ABANDONED_AFTER_MS = 30 * 60_000;

interface Session {
  settled: SettledSpeech;
  touchedAt: number;
  running: Promise<void> | null;
  again: GrowingUpload | null;
}

/** Where to cut a pass's words: the last silence that ends well before the live edge. */
export function settleAt(words: readonly TimedWord[], edgeSeconds: number): number {
  for (let i = words.length - 1; i > 0; i--) {
    const before = words[i - 1]!;
    const after = words[i]!;
    if (after.start > edgeSeconds - EDGE_MARGIN_SECONDS) continue;
    if (after.start - before.end >= MIN_CUT_GAP_SECONDS) return (before.end + after.start) / 2;
  }
  return -1;
}

export function createLiveTranscription(deps: LiveTranscriptionDeps) {
  const sessions = new Map<string, Session>();
  /** One pass at a time across all answers: the recogniser is CPU-bound and the server has other work. */
  let lane: Promise<void> = Promise.resolve();

  async function pass(session: Session, upload: GrowingUpload, question: Question): Promise<void> {
    const decoded = await deps.decode(upload.path);
    try {
      const from = session.settled.untilSeconds;
      if (decoded.durationSec - from < MIN_NEW_SECONDS) return;
      const slicePath = join(decoded.wavPath, '..', 'live.wav');
      await sliceWav(decoded.wavPath, from, slicePath);
      const words = shiftWords((await deps.transcribe(slicePath, question)).words, from);
      const cut = settleAt(words, decoded.durationSec);
      if (cut < 0) return;
      session.settled = {
        words: [...session.settled.words, ...words.filter((word) => word.end <= cut)],
        untilSeconds: cut,
      };
    } finally {
      await decoded.cleanup();
    }
  }

  function schedule(session: Session, upload: GrowingUpload, question: Question): void {
    const run = lane.then(() => pass(session, upload, question));
    lane = run.catch(() => {});
    session.running = run
      .catch((error: unknown) => {
        // A partial upload may end mid-frame or hold only silence so far; the next pass or the final one covers it.
        deps.log('live transcription pass skipped', { error: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        session.running = null;
        const next = session.again;
        session.again = null;
        if (next) schedule(session, next, question);
      });
  }

  return {
    /** The upload of an answer grew: transcribe more of it in the background, one pass at a time per answer. */
    async progressed(upload: GrowingUpload): Promise<void> {
      const now = Date.now();
      for (const [id, stale] of sessions) if (now - stale.touchedAt > ABANDONED_AFTER_MS) sessions.delete(id);
      const question = await deps.questionFor(upload.answerId, upload.ownerId);
      if (!question) return;
      let session = sessions.get(upload.answerId);
      if (!session) {
        session = { settled: { words: [], untilSeconds: 0 }, touchedAt: now, running: null, again: null };
        sessions.set(upload.answerId, session);
      }
      session.touchedAt = now;
      if (session.running) session.again = upload;
      else schedule(session, upload, question);
    },

    /** Resolves once no pass for this answer is running or waiting (tests, and a clean shutdown). */
    async whenIdle(answerId: string): Promise<void> {
      while (sessions.get(answerId)?.running) await sessions.get(answerId)?.running;
    },

    /** The words settled during the answer, once any pass in flight is done; null when none were. Forgets them. */
    async settled(answerId: string): Promise<SettledSpeech | null> {
      const session = sessions.get(answerId);
      if (!session) return null;
      session.again = null;
      await session.running;
      sessions.delete(answerId);
      return session.settled.untilSeconds > 0 ? session.settled : null;
    },
  };
}

export type LiveTranscription = ReturnType<typeof createLiveTranscription>;
