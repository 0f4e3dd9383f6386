// What the answers module needs from the rest of the server, each as a small interface it owns: speech hears
// recordings, recordings keeps the files, and the interview whose turn an answer is moves on when it is analysed.
import type { HeardAnswer, MissedKeyPoint, Question } from '@rehearse/core';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { StoredAnswer } from './answers.repository.ts';

/** A finished recording of an answer, as transcription reads it. */
export interface RecordedAnswer {
  readonly answerId: string;
  /** The file on this machine. */
  readonly path: string;
  /** SHA-256 of the bytes as uploaded: what was heard live counts only if it heard exactly these bytes. */
  readonly sha256: string;
}

/** Speech-to-text for answers (the speech module implements it). */
export interface Transcription {
  /** What was said in the recording, and the delivery measured on it; biased to the question asked. */
  hear(recording: RecordedAnswer, question: Question): Promise<HeardAnswer>;
}

/** The stored recordings of answers (the recordings module implements it). */
export interface AnswerRecordings {
  /** The recording uploaded for an answer, if its upload has finished. */
  forAnswer(answerId: string, userId: string): Promise<{ id: string } | undefined | null>;
  locate(id: string): Promise<{ recording: { sha256: string }; path: string } | undefined>;
  /** The ids among these whose recordings the owner has not deleted. */
  stillStored(ids: readonly string[], userId: string): Promise<Set<string>>;
}

/** What an answer's analysis tells the interview it belongs to (the interviews module implements it). */
export interface AnswerOutcome {
  /** Key points still missing, the follow-up's candidates, one possibly worded by a language model. */
  readonly missed: readonly MissedKeyPoint[];
  /** False when the answer could not be assessed (too short, failed, a transcript to check). */
  readonly assessable: boolean;
}

export type AnswerChange = 'state' | 'turn-analysed' | 'turn-failed';

export interface InterviewOfAnswer {
  /** The probe the answer's turn asked, if it is a follow-up still current, and the points probed so far. */
  followUpContext(answer: StoredAnswer): Promise<{ probedKeyPointId: string | null; probed: readonly string[] }>;
  /** The answer's analysis is ready or has failed: the interview moves on, in the same unit of work. */
  analysisReady(uow: UnitOfWork, answer: StoredAnswer, outcome: AnswerOutcome): Promise<void>;
  /** Tells those watching the interview that one of its answers changed. */
  changed(answer: StoredAnswer, change: AnswerChange): void;
}
