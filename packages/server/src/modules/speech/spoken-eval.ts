import { createHash } from 'node:crypto';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  alignWords,
  analyzeAnswer,
  evaluate,
  type EvalItem,
  type EvaluationMetrics,
  type EvaluationResult,
  type QuestionIndex,
  type ResolveQuestion,
  computeDeliveryMetrics,
  corpusWordErrorRate,
  scoreDelivery,
  comparableWords,
  type DeliveryMetrics,
  type DeliveryScore,
  type Question,
  type Transcript,
  type WordErrorCounts,
  type WordErrorRate,
} from '@rehearse/core';
import { decodeToWav } from './audio-intake.ts';
import { EVAL_VOICES, synthesizeSpeech, type Synthesizer } from './speech-synthesis.ts';

export interface SpokenEvalAnswer {
  quality: string;
  text: string;
}

export interface SpokenEvalItem {
  id: string;
  question: string;
  questionId?: string;
  answers: SpokenEvalAnswer[];
}

export interface SpokenAnswerResult {
  itemId: string;
  questionId: string | null;
  quality: string;
  voice: string;
  reference: string;
  transcript: Transcript;
  errors: WordErrorCounts & { wer: number };
  audioSeconds: number;
  /** Wall time of decoding plus transcription, in milliseconds. */
  transcribeMs: number;
  delivery: DeliveryMetrics;
  deliveryScore: DeliveryScore;
}

export interface SpokenEvalRun {
  answers: SpokenAnswerResult[];
  wer: WordErrorRate;
  werByVoice: Record<string, WordErrorRate>;
  werByQuality: Record<string, WordErrorRate>;
  realTimeFactor: number;
}

export interface SpokenEvalDependencies {
  /** Resolves an item to a bank question (by its questionId or by search). */
  resolveQuestion(item: SpokenEvalItem): Question | null;
  /** Transcribes a 16 kHz mono WAV for a question. */
  transcribe(wavPath: string, question: Question | null): Promise<Transcript>;
  /** Where spoken answers are kept between runs (never inside the repository). */
  audioDir: string;
  synthesizer: Synthesizer;
  voices?: readonly string[];
  onAnswer?: (result: SpokenAnswerResult) => void;
}

async function spokenAudio(text: string, voice: string, dependencies: SpokenEvalDependencies): Promise<string> {
  const name = createHash('sha256').update(`${dependencies.synthesizer}:${voice}:${text}`).digest('hex').slice(0, 20);
  const path = join(dependencies.audioDir, `${name}.wav`);
  const ready = await access(path).then(
    () => true,
    () => false,
  );
  if (!ready) await synthesizeSpeech(text, path, voice, dependencies.synthesizer);
  return path;
}

function grouped(
  results: readonly SpokenAnswerResult[],
  key: (result: SpokenAnswerResult) => string,
): Record<string, WordErrorRate> {
  const groups: Record<string, WordErrorCounts[]> = {};
  for (const result of results) (groups[key(result)] ??= []).push(result.errors);
  return Object.fromEntries(Object.entries(groups).map(([name, counts]) => [name, corpusWordErrorRate(counts)]));
}

async function transcribeOne(
  item: SpokenEvalItem,
  answer: SpokenEvalAnswer,
  voice: string,
  question: Question | null,
  dependencies: SpokenEvalDependencies,
): Promise<SpokenAnswerResult> {
  const source = await spokenAudio(answer.text, voice, dependencies);
  const started = performance.now();
  const decoded = await decodeToWav(source);
  try {
    const transcript = await dependencies.transcribe(decoded.wavPath, question);
    const transcribeMs = performance.now() - started;
    const counts = alignWords(comparableWords(answer.text), comparableWords(transcript.text));
    const delivery = computeDeliveryMetrics(transcript.words, { targetSeconds: question?.targetSeconds ?? null });
    return {
      itemId: item.id,
      questionId: question?.id ?? null,
      quality: answer.quality,
      voice,
      reference: answer.text,
      transcript,
      errors: { ...counts, wer: corpusWordErrorRate([counts]).wer },
      audioSeconds: decoded.durationSec,
      transcribeMs,
      delivery,
      deliveryScore: scoreDelivery(delivery),
    };
  } finally {
    await decoded.cleanup();
  }
}

/**
 * The spoken variant of the evaluation: each answer is spoken by a synthetic voice (in turn), decoded, and
 * transcribed with the question-biased model; word error rates and delivery are measured per answer.
 */
export async function runSpokenEvaluation(
  items: readonly SpokenEvalItem[],
  dependencies: SpokenEvalDependencies,
): Promise<SpokenEvalRun> {
  await mkdir(dependencies.audioDir, { recursive: true });
  const voices = dependencies.voices ?? EVAL_VOICES;
  const answers: SpokenAnswerResult[] = [];
  for (const item of items) {
    const question = dependencies.resolveQuestion(item);
    for (const answer of item.answers) {
      const voice = voices[answers.length % voices.length] ?? 'slt';
      const result = await transcribeOne(item, answer, voice, question, dependencies);
      answers.push(result);
      dependencies.onAnswer?.(result);
    }
  }
  const audioSeconds = answers.reduce((sum, answer) => sum + answer.audioSeconds, 0);
  const transcribeSeconds = answers.reduce((sum, answer) => sum + answer.transcribeMs / 1000, 0);
  return {
    answers,
    wer: corpusWordErrorRate(answers.map((answer) => answer.errors)),
    werByVoice: grouped(answers, (answer) => answer.voice),
    werByQuality: grouped(answers, (answer) => answer.quality),
    realTimeFactor: audioSeconds === 0 ? 0 : transcribeSeconds / audioSeconds,
  };
}

export interface SpokenEvaluationMetrics extends EvaluationMetrics {
  /** Word error rate of every transcript against the answer's text, over the whole set. */
  wordErrorRate: number;
  wordErrorRateByVoice: Record<string, number>;
  wordErrorRateByQuality: Record<string, number>;
  /** Decode plus transcription time over audio time. */
  realTimeFactor: number;
  meanTranscriptConfidence: number;
}

export interface SpokenEvaluationResult {
  metrics: SpokenEvaluationMetrics;
  items: EvaluationResult['items'];
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * `rehearse eval --spoken`: speak every answer, transcribe it, and score the transcript (with its delivery) by the
 * same analysis and metrics as typed answers, adding the word error rates.
 */
export async function evaluateSpokenSet(
  items: readonly EvalItem[],
  dependencies: Omit<SpokenEvalDependencies, 'resolveQuestion'> & {
    resolve: ResolveQuestion;
    index: QuestionIndex;
  },
): Promise<SpokenEvaluationResult> {
  const resolutions = new Map(items.map((item) => [item.id, dependencies.resolve(item)]));
  const run = await runSpokenEvaluation(items, {
    ...dependencies,
    resolveQuestion: (item) => {
      const resolution = resolutions.get(item.id);
      return resolution && resolution.method !== 'fallback' ? resolution.question : null;
    },
  });
  // The spoken answer of a (resolved bank question, text) pair; a question search could not find has no model.
  const key = (questionId: string | null, text: string) => `${questionId ?? ''}\u0000${text}`;
  const spoken = new Map(run.answers.map((answer) => [key(answer.questionId, answer.reference), answer]));
  const result = evaluate(
    items,
    (item) => resolutions.get(item.id) ?? dependencies.resolve(item),
    (question, text, resolution) => {
      // Every rubric of an item hears the same transcript: the one made with the bank question's language model.
      const answer = spoken.get(key(resolution.method === 'fallback' ? null : resolution.question.id, text));
      if (!answer) return analyzeAnswer(question, text, { index: dependencies.index });
      const delivery = { score: answer.deliveryScore.score, explanation: answer.deliveryScore.explanation };
      const analysis = analyzeAnswer(question, answer.transcript.text, { index: dependencies.index, delivery });
      return { ...analysis, transcript: answer.transcript.text };
    },
  );
  const byGroup = (rates: Record<string, WordErrorRate>) =>
    Object.fromEntries(Object.entries(rates).map(([name, rate]) => [name, round3(rate.wer)]));
  const confidence = run.answers.reduce((sum, answer) => sum + answer.transcript.confidence, 0);
  return {
    metrics: {
      ...result.metrics,
      wordErrorRate: round3(run.wer.wer),
      wordErrorRateByVoice: byGroup(run.werByVoice),
      wordErrorRateByQuality: byGroup(run.werByQuality),
      realTimeFactor: round3(run.realTimeFactor),
      meanTranscriptConfidence: round3(confidence / Math.max(1, run.answers.length)),
    },
    items: result.items,
  };
}
