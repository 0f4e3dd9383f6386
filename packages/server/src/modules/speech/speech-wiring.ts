import { join } from 'node:path';
import type { Question, Transcript } from '@rehearse/core';
import type { Config } from '../../config.ts';
import type { Transcription } from '../answers/answer-ports.ts';
import type { QuestionService } from '../questions/questions.service.ts';
import { DEFAULT_AUDIO_LIMITS } from './audio-intake.ts';
import { createInterviewerVoice } from './interviewer-voice.ts';
import { createLiveTranscription, type LiveResult, type LiveTranscription } from './live-transcription.ts';
import { openPcmDecoder } from './pcm-stream.ts';
import { createSpeechModelStore, type SpeechModelSettings } from './speech-models.ts';
import { createSpeechService, type SpokenAnswer } from './speech.service.ts';
import type { Availability } from './transcriber.ts';
import { createTranscriber, usesLocalLanguageModels } from './transcriber-factory.ts';

/** Speech implements the answers' transcription port (`hear`). */
export interface Speech extends Transcription {
  availability(): Promise<Availability>;
  /** A recording (any supported format) of an answer to a question: decoded, transcribed, delivery measured. */
  transcribeAnswer(path: string, question: Question): Promise<SpokenAnswer>;
  /** Transcription during the answer (offline engines that can listen to a stream; hosted ones run at the end). */
  live: LiveTranscription | null;
  /** A 16 kHz mono WAV already decoded, transcribed with the model biased to the question (evaluation runs). */
  transcribeWav(wavPath: string, question: Question | null): Promise<Transcript>;
  /** The interviewer's voice where the browser has none: text read aloud by flite, as a WAV file. */
  say(text: string): Promise<Buffer>;
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
    /** Told how long each answer took to transcribe (the metrics' real-time factor). */
    observe?: (sample: { audioSeconds: number; seconds: number; heardLive: boolean }) => void;
    /** A live transcript another process heard of exactly this recording (a web process, for a worker). */
    heardElsewhere?: (answerId: string, sha256: string) => Promise<LiveResult | null>;
  },
): Promise<Speech> {
  const { buildLanguageModel, observe, heardElsewhere, ...live } = options;
  const transcriber = createTranscriber(config.transcription);
  const bank = await questions.bank();
  const models = usesLocalLanguageModels(transcriber)
    ? createSpeechModelStore(bank.questions, {
        cacheDir: join(config.dataDir, 'speech'),
        ...(buildLanguageModel ? { build: buildLanguageModel } : {}),
      })
    : undefined;
  const voice = createInterviewerVoice();
  const service = createSpeechService({ transcriber, ...(models ? { models } : {}) });
  const asked = (question: Question) => ({ id: question.id, targetSeconds: question.targetSeconds });
  const transcribeAnswer = (path: string, question: Question) => service.transcribeAnswer(path, asked(question));
  const transcribeWav = async (wavPath: string, question: Question | null) =>
    transcriber.transcribe(wavPath, models ? await models.filesFor(question?.id ?? null) : {});
  const openStream = transcriber.openStream?.bind(transcriber);
  const liveTranscription =
    models && openStream
      ? createLiveTranscription({
          openDecoder: openPcmDecoder,
          openRecognizer: async (question) => openStream(await models.filesFor(question.id)),
          maxSeconds: DEFAULT_AUDIO_LIMITS.maxSeconds,
          ...live,
        })
      : null;
  /** A live transcript stands for the recording only when it heard real speech; else the recording is decoded. */
  const usable = (heard: LiveResult | null) =>
    heard && heard.transcript.words.length > 0 && heard.peakDb >= DEFAULT_AUDIO_LIMITS.silenceDb ? heard : null;
  return {
    availability: () => transcriber.availability(),
    transcribeAnswer,
    live: liveTranscription,
    // The transcript heard while the answer was uploaded stands for the recording when it heard exactly its bytes.
    async hear(recording, question) {
      const startedAt = performance.now();
      const heardHere = liveTranscription
        ? usable(await liveTranscription.result(recording.answerId, recording.sha256))
        : null;
      const heard =
        heardHere ?? (heardElsewhere ? usable(await heardElsewhere(recording.answerId, recording.sha256)) : null);
      const spoken = heard
        ? service.fromTranscript(heard.transcript, heard.audioSeconds, asked(question))
        : await transcribeAnswer(recording.path, question);
      const seconds = (performance.now() - startedAt) / 1000;
      observe?.({ audioSeconds: spoken.audioSeconds, seconds, heardLive: heard !== null });
      // Operators see how often answers were heard live, and so how often the slower path ran.
      live.log('spoken answer transcribed', {
        answerId: recording.answerId,
        heardLive: heard !== null,
        seconds: Math.round(spoken.audioSeconds),
      });
      return spoken;
    },
    transcribeWav,
    say: (text) => voice.say(text),
  };
}
