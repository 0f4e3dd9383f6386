import { computeDeliveryMetrics, needsTranscriptReview, type HeardAnswer, type Transcript } from '@rehearse/core';
import { decodeToWav, DEFAULT_AUDIO_LIMITS, type AudioLimits, type AudioSource } from './audio-intake.ts';
import type { SpeechModelStore } from './speech-models.ts';
import type { Transcriber } from './transcriber.ts';

/**
 * What speech makes of a spoken answer: the transcript, the delivery measures and whether the transcript needs the
 * candidate's check. Scoring delivery is the answer's business (it may weigh camera presence in).
 */
export type SpokenAnswer = HeardAnswer;

export interface SpeechServiceDependencies {
  transcriber: Transcriber;
  /** Question-biased language models; only offline engines use them. */
  models?: SpeechModelStore;
  limits?: AudioLimits;
}

type AskedQuestion = { id: string; targetSeconds: number } | null;

export interface SpeechService {
  /** Decodes a recording, transcribes it biased to the question and measures delivery. */
  transcribeAnswer(audio: AudioSource, question: AskedQuestion): Promise<SpokenAnswer>;
  /** A transcript made while the answer was being recorded: only delivery is left to measure. */
  fromTranscript(transcript: Transcript, audioSeconds: number, question: AskedQuestion): SpokenAnswer;
}

/** The spoken-answer use case: decode the recording, transcribe it biased to the question, measure delivery. */
export function createSpeechService(dependencies: SpeechServiceDependencies): SpeechService {
  const limits = dependencies.limits ?? DEFAULT_AUDIO_LIMITS;
  const fromTranscript: SpeechService['fromTranscript'] = (transcript, audioSeconds, question) => {
    const delivery = computeDeliveryMetrics(transcript.words, { targetSeconds: question?.targetSeconds ?? null });
    return {
      transcript,
      audioSeconds,
      delivery,
      needsReview: needsTranscriptReview(transcript),
    };
  };
  return {
    fromTranscript,
    async transcribeAnswer(audio, question) {
      const decoded = await decodeToWav(audio, limits);
      try {
        const files = dependencies.models ? await dependencies.models.filesFor(question?.id ?? null) : {};
        const transcript = await dependencies.transcriber.transcribe(decoded.wavPath, files);
        return fromTranscript(transcript, decoded.durationSec, question);
      } finally {
        await decoded.cleanup();
      }
    },
  };
}
