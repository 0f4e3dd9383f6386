import type { Writable } from 'node:stream';
import type { Transcript } from '@rehearse/core';

/** Files that bias an offline recogniser towards the question being answered. */
export interface TranscribeOptions {
  /** Path of an ARPA language model. */
  languageModel?: string;
  /** Path of a pronunciation dictionary covering the model's words. */
  dictionary?: string;
  /** A short prompt of expected vocabulary, for engines that take one (OpenAI-compatible `prompt`). */
  vocabularyHint?: string;
}

/** Audio to transcribe: a path to a 16 kHz mono WAV file, or its bytes. */
export type AudioInput = string | { bytes: Uint8Array; fileName: string; mimeType: string };

export interface Availability {
  available: boolean;
  engine: string;
  /** What is missing and how to fix it, when not available. */
  missing: string[];
}

/** The speech-to-text port: PocketSphinx offline by default, or any OpenAI-compatible endpoint. */
export interface Transcriber {
  readonly engine: string;
  transcribe(audio: AudioInput, options?: TranscribeOptions): Promise<Transcript>;
  /** Engines that can listen while the audio is still arriving (PocketSphinx) open a stream here. */
  openStream?(options?: TranscribeOptions): SpeechStream;
  availability(): Promise<Availability>;
}

/** A recogniser listening to 16 kHz mono 16-bit PCM: write the samples in, end the input, then read the result. */
export interface SpeechStream {
  input: Writable;
  /** The transcript of everything written, once the input has ended; rejects if the recogniser failed. */
  result: Promise<Transcript>;
  /** Stops the recogniser; the result then rejects. */
  abort(): void;
}
