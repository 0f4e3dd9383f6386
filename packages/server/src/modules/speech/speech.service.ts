import { join } from 'node:path';
import {
  computeDeliveryMetrics,
  needsTranscriptReview,
  scoreDelivery,
  textFromTimedWords,
  transcriptConfidence,
  type TimedWord,
  type DeliveryMetrics,
  type DeliveryScore,
  type Transcript,
} from '@rehearse/core';
import { decodeToWav, DEFAULT_AUDIO_LIMITS, type AudioLimits, type AudioSource } from './audio-intake.ts';
import type { SpeechModelStore } from './speech-models.ts';
import type { Transcriber, TranscribeOptions } from './transcriber.ts';
import { sliceWav } from './wav-slice.ts';

export interface SpokenAnswer {
  transcript: Transcript;
  /** Length of the decoded recording in seconds. */
  audioSeconds: number;
  delivery: DeliveryMetrics;
  deliveryScore: DeliveryScore;
  /** True when the recogniser was unsure: ask the candidate to check the transcript before trusting scores. */
  needsReview: boolean;
}

export interface SpeechServiceDependencies {
  transcriber: Transcriber;
  /** Question-biased language models; only offline engines use them. */
  models?: SpeechModelStore;
  limits?: AudioLimits;
}

/** Words already transcribed while the answer was being recorded, up to a silence at `untilSeconds`. */
export interface SettledSpeech {
  words: TimedWord[];
  untilSeconds: number;
}

export interface SpeechService {
  /** With `settled`, only the audio after `settled.untilSeconds` is transcribed now. */
  transcribeAnswer(
    audio: AudioSource,
    question: { id: string; targetSeconds: number } | null,
    settled?: SettledSpeech | null,
  ): Promise<SpokenAnswer>;
}

/** Word times from a slice of a recording, moved to the recording's own clock. */
export const shiftWords = (words: readonly TimedWord[], bySeconds: number): TimedWord[] =>
  words.map((word) => ({ ...word, start: word.start + bySeconds, end: word.end + bySeconds }));

async function transcribeRest(
  transcriber: Transcriber,
  wavPath: string,
  settled: SettledSpeech,
  files: TranscribeOptions,
): Promise<Transcript> {
  const restPath = join(wavPath, '..', 'rest.wav');
  const seconds = await sliceWav(wavPath, settled.untilSeconds, restPath);
  const rest = seconds >= 0.2 ? await transcriber.transcribe(restPath, files) : null;
  const words = [...settled.words, ...shiftWords(rest?.words ?? [], settled.untilSeconds)];
  return {
    text: textFromTimedWords(words),
    words,
    confidence: transcriptConfidence(words),
    engine: rest?.engine ?? transcriber.engine,
  };
}

/** The spoken-answer use case: decode the recording, transcribe it biased to the question, measure delivery. */
export function createSpeechService(dependencies: SpeechServiceDependencies): SpeechService {
  const limits = dependencies.limits ?? DEFAULT_AUDIO_LIMITS;
  return {
    async transcribeAnswer(audio, question, settled) {
      const decoded = await decodeToWav(audio, limits);
      try {
        const files = dependencies.models ? await dependencies.models.filesFor(question?.id ?? null) : {};
        const transcript = settled
          ? await transcribeRest(dependencies.transcriber, decoded.wavPath, settled, files)
          : await dependencies.transcriber.transcribe(decoded.wavPath, files);
        const delivery = computeDeliveryMetrics(transcript.words, { targetSeconds: question?.targetSeconds ?? null });
        return {
          transcript,
          audioSeconds: decoded.durationSec,
          delivery,
          deliveryScore: scoreDelivery(delivery),
          needsReview: needsTranscriptReview(transcript),
        };
      } finally {
        await decoded.cleanup();
      }
    },
  };
}
