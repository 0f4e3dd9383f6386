import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analyzeAnswer,
  scoreSpokenDelivery,
  type EvalItem,
  type Question,
  type QuestionIndex,
  type ResolveQuestion,
} from '@rehearse/core';
import type { Speech } from '@rehearse/server/modules/speech/speech-wiring.ts';
import { availableSynthesizer } from '@rehearse/server/modules/speech/speech-synthesis.ts';
import { evaluateSpokenSet, type SpokenEvaluationResult } from '@rehearse/server/modules/speech/spoken-eval.ts';
import { CliError } from './output.ts';
import { analysisReport, type AnalysisReport } from './report.ts';

export const SPOKEN_EXTENSIONS = ['.wav', '.webm', '.mp4', '.m4a', '.ogg'];

async function requireSpeech(speech: Speech): Promise<void> {
  const availability = await speech.availability();
  if (!availability.available)
    throw new CliError(
      `spoken answers need speech-to-text (${availability.engine}): ${availability.missing.join('; ')}`,
    );
}

/** `rehearse analyze --answer FILE.wav|.webm|.mp4`: transcribe, measure delivery, analyse the transcript. */
export async function analyzeSpokenFile(
  path: string,
  question: Question,
  index: QuestionIndex,
  speech: Speech,
): Promise<AnalysisReport> {
  await requireSpeech(speech);
  const spoken = await speech.transcribeAnswer(path, question);
  const delivery = scoreSpokenDelivery(spoken.delivery, null);
  const analysis = analyzeAnswer(question, spoken.transcript.text, { index, delivery });
  const metrics = spoken.delivery;
  return {
    ...analysisReport(analysis, spoken.transcript.text, {
      durationSec: metrics.durationSec,
      wordsPerMinute: metrics.wordsPerMinute,
      fillerPer100Words: metrics.fillerPer100Words,
      longPauses: metrics.longPauses,
    }),
    transcriptConfidence: spoken.transcript.confidence,
    needsReview: spoken.needsReview,
  };
}

/** `rehearse eval --spoken`: every answer spoken by flite (or espeak-ng) and sent through the spoken pipeline. */
export async function evaluateSpoken(
  items: readonly EvalItem[],
  index: QuestionIndex,
  resolve: ResolveQuestion,
  speech: Speech,
  onProgress?: (line: string) => void,
): Promise<SpokenEvaluationResult> {
  await requireSpeech(speech);
  const synthesizer = await availableSynthesizer();
  if (!synthesizer)
    throw new CliError('--spoken needs flite (or espeak-ng) to speak the answers: apt-get install flite');
  return evaluateSpokenSet(items, {
    index,
    resolve,
    synthesizer,
    audioDir: join(tmpdir(), 'rehearse-eval-audio'),
    transcribe: (wav, question) => speech.transcribeWav(wav, question),
    onAnswer: (answer) =>
      onProgress?.(`${answer.itemId} ${answer.quality} (${answer.voice}): WER ${answer.errors.wer.toFixed(2)}`),
  });
}
