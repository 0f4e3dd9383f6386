import { join } from 'node:path';
import type { Question } from '@rehearse/core';
import type { Config } from '../../config.ts';
import type { SpokenResult } from '../interviews/interviews.service.ts';
import type { QuestionService } from '../questions/questions.service.ts';
import { createSpeechModelStore } from './speech-models.ts';
import { createSpeechService } from './speech.service.ts';
import { createTranscriber, usesLocalLanguageModels } from './transcriber-factory.ts';

/**
 * The spoken path as the rest of the server uses it: the configured transcriber (PocketSphinx offline, or an
 * OpenAI-compatible endpoint), language models biased to each question, and delivery measures.
 */
export async function createSpeech(config: Config, questions: QuestionService) {
  const transcriber = createTranscriber(config.transcription);
  const bank = await questions.bank();
  const models = usesLocalLanguageModels(transcriber)
    ? createSpeechModelStore(bank.questions, { cacheDir: join(config.dataDir, 'speech') })
    : undefined;
  const service = createSpeechService({ transcriber, ...(models ? { models } : {}) });
  return {
    availability: () => transcriber.availability(),
    async transcribe(path: string, question: Question): Promise<SpokenResult> {
      const spoken = await service.transcribeAnswer(path, { id: question.id, targetSeconds: question.targetSeconds });
      return {
        text: spoken.transcript.text,
        transcript: spoken.transcript,
        delivery: spoken.delivery,
        deliveryScore: { score: spoken.deliveryScore.score, explanation: spoken.deliveryScore.explanation },
        needsReview: spoken.needsReview,
      };
    },
  };
}
