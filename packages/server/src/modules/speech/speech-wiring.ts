import { join } from 'node:path';
import type { Question, Transcript } from '@rehearse/core';
import type { Config } from '../../config.ts';
import type { SpokenResult } from '../interviews/interviews.service.ts';
import type { QuestionService } from '../questions/questions.service.ts';
import { createSpeechModelStore } from './speech-models.ts';
import { createSpeechService, type SpokenAnswer } from './speech.service.ts';
import type { Availability } from './transcriber.ts';
import { createTranscriber, usesLocalLanguageModels } from './transcriber-factory.ts';

export interface Speech {
  availability(): Promise<Availability>;
  /** A recording (any supported format) of an answer to a question: decoded, transcribed, delivery measured. */
  transcribeAnswer(path: string, question: Question): Promise<SpokenAnswer>;
  /** The same, in the shape an interview turn stores. */
  transcribe(path: string, question: Question): Promise<SpokenResult>;
  /** A 16 kHz mono WAV already decoded, transcribed with the model biased to the question (evaluation runs). */
  transcribeWav(wavPath: string, question: Question | null): Promise<Transcript>;
}

/**
 * The spoken path as the rest of the server uses it: the configured transcriber (PocketSphinx offline, or an
 * OpenAI-compatible endpoint), language models biased to each question, and delivery measures.
 */
export async function createSpeech(config: Config, questions: QuestionService): Promise<Speech> {
  const transcriber = createTranscriber(config.transcription);
  const bank = await questions.bank();
  const models = usesLocalLanguageModels(transcriber)
    ? createSpeechModelStore(bank.questions, { cacheDir: join(config.dataDir, 'speech') })
    : undefined;
  const service = createSpeechService({ transcriber, ...(models ? { models } : {}) });
  const transcribeAnswer = (path: string, question: Question) =>
    service.transcribeAnswer(path, { id: question.id, targetSeconds: question.targetSeconds });
  return {
    availability: () => transcriber.availability(),
    transcribeAnswer,
    async transcribe(path, question) {
      const spoken = await transcribeAnswer(path, question);
      return {
        text: spoken.transcript.text,
        transcript: spoken.transcript,
        delivery: spoken.delivery,
        deliveryScore: { score: spoken.deliveryScore.score, explanation: spoken.deliveryScore.explanation },
        needsReview: spoken.needsReview,
      };
    },
    async transcribeWav(wavPath, question) {
      const files = models ? await models.filesFor(question?.id ?? null) : {};
      return transcriber.transcribe(wavPath, files);
    },
  };
}
