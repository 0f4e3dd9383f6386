// Transcription while the candidate is still speaking. The offline recogniser runs at a fifth of real time or so:
// a minute-long answer transcribed only once it ends would keep the candidate waiting ten seconds or more.
// Instead, each answer's upload is streamed, as it grows on disk, through ffmpeg into one recogniser process that
// decodes utterance by utterance while the audio arrives; when the last bytes land, only the last utterance is
// left. The streamed transcript counts only if the bytes it heard hash to the stored recording's SHA-256. Anything
// else (a restart mid-answer, a failed process, a recording past the limit) falls back to transcribing the stored
// recording whole, so the live path makes feedback faster but never different.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Question, Transcript } from '@rehearse/core';
import { PcmMeter, type PcmDecoder } from './pcm-stream.ts';
import type { SpeechStream } from './transcriber.ts';

export interface LiveTranscriptionDeps {
  /** ffmpeg decoding container bytes from its input into 16 kHz mono PCM. */
  openDecoder(): PcmDecoder;
  /** The recogniser listening to PCM, biased to the question being answered. */
  openRecognizer(question: Question): Promise<SpeechStream>;
  /** The question an upload's answer id belongs to, for its owner; null when it is not a live answer. */
  questionFor(answerId: string, ownerId: string): Promise<Question | null>;
  /** Longest answer heard live; a longer one is left to the transcription of the stored recording. */
  maxSeconds: number;
  /** Recognisers running at once (each holds about 120 MB); answers beyond it are transcribed at the end. */
  maxSessions?: number;
  /** How long finishing may take once the upload is complete, given the seconds heard so far. */
  finishTimeoutMs?: (audioSeconds: number) => number;
  log: (message: string, details?: object) => void;
}

export interface GrowingUpload {
  answerId: string;
  ownerId: string;
  /** The upload's data file, which grows as the answer arrives. */
  path: string;
}

export interface LiveResult {
  transcript: Transcript;
  /** Length of the audio heard. */
  audioSeconds: number;
  /** Loudest sample heard, in dBFS. */
  peakDb: number;
}

interface Outcome extends LiveResult {
  sha256: string;
}

interface Session {
  answerId: string;
  path: string;
  touchedAt: number;
  /** Bytes of the upload handed to the decoder so far, and their running hash. */
  fed: number;
  hash: Hash;
  meter: PcmMeter;
  processes: { decoder: PcmDecoder; recognizer: SpeechStream } | null;
  ready: Promise<void>;
  /** Feeds run one after another; a feed waiting to start reads up to the file's size when it starts. */
  feeding: Promise<void>;
  feedQueued: boolean;
  ending: Promise<Outcome | null> | null;
  failure: string | null;
}

/** An upload that stopped growing this long ago, and was never finished, was abandoned. */
const ABANDONED_AFTER_MS = 10 * 60_000;
const DEFAULT_MAX_SESSIONS = 6;
/** Once the upload is complete, the rest is fed and the last utterance decoded well within this. */
const defaultFinishTimeoutMs = (audioSeconds: number) => 30_000 + audioSeconds * 1_000;

/** `work`, or a rejection once `ms` have passed. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`live transcription took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Resolves once a writable wants more; rejects if it closes first (its process died). */
function drained(input: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    if (input.destroyed) {
      reject(new Error('the decoder stopped reading'));
      return;
    }
    const settle = (error?: Error) => {
      input.off('drain', onDrain);
      input.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new Error('the decoder stopped reading'));
    input.once('drain', onDrain);
    input.once('close', onClose);
  });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createLiveTranscription(deps: LiveTranscriptionDeps) {
  const sessions = new Map<string, Session>();
  const maxSessions = deps.maxSessions ?? DEFAULT_MAX_SESSIONS;
  const finishTimeoutMs = deps.finishTimeoutMs ?? defaultFinishTimeoutMs;

  function fail(session: Session, error: unknown): void {
    if (session.failure) return;
    session.failure = messageOf(error);
    session.processes?.decoder.abort();
    session.processes?.recognizer.abort();
    deps.log('live transcription stopped; the recording will be transcribed whole', {
      answerId: session.answerId,
      error: session.failure,
    });
  }

  async function openProcesses(session: Session, question: Question): Promise<void> {
    const recognizer = await deps.openRecognizer(question);
    const decoder = deps.openDecoder();
    session.processes = { decoder, recognizer };
    if (session.failure) {
      // Stopped while the recogniser was starting: nothing else will stop these two.
      decoder.abort();
      recognizer.abort();
      return;
    }
    pipeline(decoder.output, session.meter, recognizer.input).catch((error: unknown) => fail(session, error));
    decoder.exited.then(
      ({ exitCode, stderr }) => {
        if (exitCode !== 0) fail(session, `ffmpeg exited with ${exitCode}: ${stderr.trim().slice(-300)}`);
      },
      (error: unknown) => fail(session, error),
    );
  }

  function open(upload: GrowingUpload, question: Question): Session {
    const session: Session = {
      answerId: upload.answerId,
      path: upload.path,
      touchedAt: Date.now(),
      fed: 0,
      hash: createHash('sha256'),
      meter: new PcmMeter(deps.maxSeconds),
      processes: null,
      ready: Promise.resolve(),
      feeding: Promise.resolve(),
      feedQueued: false,
      ending: null,
      failure: null,
    };
    session.ready = openProcesses(session, question).catch((error: unknown) => fail(session, error));
    sessions.set(upload.answerId, session);
    return session;
  }

  /** Hands the decoder whatever the upload file holds beyond what it was already given. */
  async function feed(session: Session): Promise<void> {
    await session.ready;
    if (session.failure || !session.processes) return;
    const size = await stat(session.path).then(
      (stats) => stats.size,
      () => session.fed, // the upload was already turned into a recording: nothing more will arrive
    );
    if (size <= session.fed) return;
    const input = session.processes.decoder.input;
    for await (const chunk of createReadStream(session.path, { start: session.fed, end: size - 1 })) {
      const bytes = chunk as Buffer;
      session.hash.update(bytes);
      session.fed += bytes.length;
      if (!input.write(bytes)) await drained(input);
    }
  }

  function requestFeed(session: Session): Promise<void> {
    if (!session.feedQueued) {
      session.feedQueued = true;
      session.feeding = session.feeding
        .then(() => {
          session.feedQueued = false;
          return feed(session);
        })
        .catch((error: unknown) => fail(session, error));
    }
    return session.feeding;
  }

  /** Feeds the rest, ends the input and reads the recogniser's transcript. */
  async function finish(session: Session): Promise<Outcome | null> {
    await requestFeed(session);
    if (session.failure || !session.processes) return null;
    const { decoder, recognizer } = session.processes;
    decoder.input.end();
    const [transcript, decoded] = await Promise.all([recognizer.result, decoder.exited]);
    // The recogniser is content with no audio at all: only the decoder's exit tells a bad stream apart.
    if (decoded.exitCode !== 0) throw new Error(`ffmpeg exited with ${decoded.exitCode}: ${decoded.stderr.trim()}`);
    if (session.failure) return null;
    const { seconds: audioSeconds, peakDb } = session.meter;
    return { transcript, audioSeconds, peakDb, sha256: session.hash.digest('hex') };
  }

  /**
   * The session's outcome, once; null when anything failed or took too long: a stuck process must not hold the
   * analysis job, which then transcribes the recording itself.
   */
  function end(session: Session): Promise<Outcome | null> {
    session.ending ??= withDeadline(finish(session), finishTimeoutMs(session.meter.seconds)).catch((error: unknown) => {
      fail(session, error);
      return null;
    });
    return session.ending;
  }

  /** Forgets answers untouched for long: an upload never finished, or a transcript nobody asked for. */
  function dropAbandoned(now: number): void {
    for (const [answerId, session] of sessions) {
      if (now - session.touchedAt < ABANDONED_AFTER_MS) continue;
      if (!session.ending) fail(session, 'upload abandoned');
      sessions.delete(answerId);
    }
  }

  /** Answers whose recogniser is still listening (an ended one holds only its transcript). */
  const listening = () => [...sessions.values()].filter((session) => !session.ending).length;

  return {
    /** The upload of an answer grew: hand the new bytes to its recogniser, starting one for a new answer. */
    async progressed(upload: GrowingUpload): Promise<void> {
      const now = Date.now();
      dropAbandoned(now);
      let session = sessions.get(upload.answerId);
      if (!session) {
        if (listening() >= maxSessions) return;
        const question = await deps.questionFor(upload.answerId, upload.ownerId);
        if (!question || sessions.has(upload.answerId)) return;
        session = open(upload, question);
      }
      session.touchedAt = now;
      if (!session.ending) void requestFeed(session);
    },

    /** The upload is complete: the rest is fed and the input ended now, while the recording is being stored. */
    finished(answerId: string): void {
      const session = sessions.get(answerId);
      if (session) void end(session);
    },

    /**
     * The transcript heard while the answer was recorded, if it heard exactly the recording whose SHA-256 is
     * given; null otherwise (then transcribe the recording). Forgets the answer either way.
     */
    async result(answerId: string, sha256: string): Promise<LiveResult | null> {
      const session = sessions.get(answerId);
      if (!session) return null;
      const outcome = await end(session);
      sessions.delete(answerId);
      if (!outcome) return null;
      if (outcome.sha256 !== sha256) {
        deps.log('live transcript discarded: it heard other bytes than the recording', { answerId });
        return null;
      }
      const { sha256: _heard, ...result } = outcome;
      return result;
    },

    /** Answers being listened to now. */
    active(): number {
      return listening();
    },

    /** Seconds of an answer's audio decoded so far (0 when it is not being listened to). */
    heardSeconds(answerId: string): number {
      return sessions.get(answerId)?.meter.seconds ?? 0;
    },

    /** Stops every recogniser (shutdown). */
    close(): void {
      for (const session of sessions.values()) fail(session, 'shutting down');
      sessions.clear();
    },
  };
}

export type LiveTranscription = ReturnType<typeof createLiveTranscription>;
