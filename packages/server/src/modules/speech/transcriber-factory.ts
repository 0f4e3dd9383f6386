import { createOpenAiTranscriber } from './openai.transcriber.ts';
import { createPocketsphinxTranscriber } from './pocketsphinx.transcriber.ts';
import type { Transcriber } from './transcriber.ts';

export interface TranscriptionConfig {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
}

/**
 * Chooses the transcriber from configuration: an OpenAI-compatible endpoint when one is configured, otherwise
 * PocketSphinx offline. Call `availability()` on the result to tell the operator what is missing.
 */
export function createTranscriber(transcription: TranscriptionConfig | undefined): Transcriber {
  if (transcription) return createOpenAiTranscriber(transcription);
  return createPocketsphinxTranscriber();
}

/** Whether the configured engine uses Rehearse's own language models (offline engines do). */
export function usesLocalLanguageModels(transcriber: Transcriber): boolean {
  return transcriber.engine === 'pocketsphinx';
}
