import { join } from 'node:path';
import type { Question, Transcript } from '@rehearse/core';
import type { Config } from '../../config.ts';
import type { SpokenResult } from '../interviews/interviews.service.ts';
import type { QuestionService } from '../questions/questions.service.ts';
import { decodeToWav } from './audio-intake.ts';
import { createLiveTranscription, type LiveTranscription } from './live-transcription.ts';
import { createSpeechModelStore, type SpeechModelSettings } from './speech-models.ts';
import { createSpeechService, type SettledSpeech, type SpokenAnswer } from './speech.service.ts';
import type { Availability } from './transcriber.ts';
import { createTranscriber, usesLocalLanguageModels } from './transcriber-factory.ts';

export interface Speech {
  availability(): Promise<Availability>;
  /** A recording (any supported format) of an answer to a question: decoded, transcribed, delivery measured. */
  transcribeAnswer(path: string, question: Question): Promise<SpokenAnswer>;
  /** The same, in the shape an interview turn stores; with the answer's id, words settled while it was recorded count. */
  transcribe(path: string, question: Question, answerId?: string): Promise<SpokenResult>;
  /** Transcription during the answer (offline engines only: hosted ones are fast enough at the end). */
  live: LiveTranscription | null;
  /** A 16 kHz mono WAV already decoded, transcribed with the model biased to the question (evaluation runs). */
  transcribeWav(wavPath: string, question: Question | null): Promise<Transcript>;
}

/**
 * The spoken path as the rest of the server uses it: the configured transcriber (PocketSphinx offline, or an
 * OpenAI-compatible endpoint), language models biased to each question, and delivery measures.
 */
export async function createSpeech(
  config: Config,
  questions: QuestionService,
  options: {
    questionFor(answerId: string, ownerId: string): Promise<Question | null>;
    log: (message: string, details?: object) => void;
    /** Where language models are built (the worker pool in the server); in-process when absent. */
    buildLanguageModel?: SpeechModelSettings['build'];
  },
): Promise<Speech> {
  const { buildLanguageModel, ...live } = options;
  const transcriber = createTranscriber(config.transcription);
  const bank = await questions.bank();
  const models = usesLocalLanguageModels(transcriber)
    ? createSpeechModelStore(bank.questions, {
        cacheDir: join(config.dataDir, 'speech'),
        ...(buildLanguageModel ? { build: buildLanguageModel } : {}),
      })
    : undefined;
  const service = createSpeechService({ transcriber, ...(models ? { models } : {}) });
  const transcribeAnswer = (path: string, question: Question, settled?: SettledSpeech | null) =>
    service.transcribeAnswer(path, { id: question.id, targetSeconds: question.targetSeconds }, settled);
  const transcribeWav = async (wavPath: string, question: Question | null) =>
    transcriber.transcribe(wavPath, models ? await models.filesFor(question?.id ?? null) : {});
  const liveTranscription = models
    ? createLiveTranscription({ decode: (path) => decodeToWav(path), transcribe: transcribeWav, ...live })
    : null;
  return {
    availability: () => transcriber.availability(),
    transcribeAnswer: (path, question) => transcribeAnswer(path, question),
    live: liveTranscription,
    async transcribe(path, question, answerId) {
      const settled = answerId && liveTranscription ? await liveTranscription.settled(answerId) : null;
      const spoken = await transcribeAnswer(path, question, settled);
      return {
        text: spoken.transcript.text,
        transcript: spoken.transcript,
        delivery: spoken.delivery,
        deliveryScore: { score: spoken.deliveryScore.score, explanation: spoken.deliveryScore.explanation },
        needsReview: spoken.needsReview,
      };
    },
    transcribeWav,
  };
}
