// The spoken variant of the evaluation, end to end: each answer of an eval set is spoken by flite (voices slt, rms,
// awb in turn), decoded, transcribed by PocketSphinx with a language model biased to the question, and measured
// (word error rate, delivery), then scored by @rehearse/core's analysis and evaluation like typed answers.
// Audio and models are kept under /tmp, never in the repository.
//   node scripts/spoken-eval.ts ../shared/eval/dev.json [--lm general|domain|mixed] [--focus 3] [--general-weight 0.1]
//     [--general-words 10000] [--tech-vocab 1] [--lw 6.5] [--beam 1e-48] [--wbeam 7e-29] [--voices slt,rms,awb] [--limit N]
//     [--repair] [--no-additions] [--out details.json] [--json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as core from '@rehearse/core';
import type { Question, Transcript } from '@rehearse/core';
import { loadGeneralEnglishUnigrams } from '../packages/server/src/modules/speech/general-english.ts';
import { createPocketsphinxTranscriber } from '../packages/server/src/modules/speech/pocketsphinx.transcriber.ts';
import { createSpeechModelStore } from '../packages/server/src/modules/speech/speech-models.ts';
import { availableSynthesizer } from '../packages/server/src/modules/speech/speech-synthesis.ts';
import {
  runSpokenEvaluation,
  type SpokenEvalItem,
  type SpokenEvalRun,
} from '../packages/server/src/modules/speech/spoken-eval.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lm: { type: 'string', default: 'mixed' },
    focus: { type: 'string', default: '3' },
    'general-weight': { type: 'string', default: '0.1' },
    'general-words': { type: 'string', default: '10000' },
    lw: { type: 'string' },
    beam: { type: 'string' },
    wbeam: { type: 'string' },
    voices: { type: 'string', default: 'slt,rms,awb' },
    limit: { type: 'string' },
    repair: { type: 'boolean', default: false },
    'no-additions': { type: 'boolean', default: false },
    'tech-vocab': { type: 'string', default: '1' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
    'cache-dir': { type: 'string', default: '/tmp/rehearse-speech/models' },
    'audio-dir': { type: 'string', default: '/tmp/rehearse-speech/audio' },
  },
});

const root = join(import.meta.dirname, '..');

function loadBank(): Question[] {
  const dir = join(root, 'content', 'questions');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
  return files.flatMap((file) => {
    const parsed = core.parseQuestionFile(readFileSync(join(dir, file), 'utf8'));
    return parsed.ok ? [parsed.question] : [];
  });
}

/** Resolves eval items as `rehearse eval` does: by questionId, else by the bank's search (else a stand-in). */
function questionResolver(bank: readonly Question[]): {
  resolve: core.ResolveQuestion;
  forSpeech: (item: SpokenEvalItem) => Question | null;
} {
  const resolve = core.createSearchResolver(core.createQuestionIndex(bank));
  return { resolve, forSpeech: (item) => resolve(item as core.EvalItem).question };
}

function transcribeFunction(
  bank: readonly Question[],
): (wav: string, question: Question | null) => Promise<Transcript> {
  const transcriber = createPocketsphinxTranscriber({
    ...(options.lw ? { languageWeight: Number(options.lw) } : {}),
    ...(options.beam ? { beam: options.beam } : {}),
    ...(options.wbeam ? { wordBeam: options.wbeam } : {}),
  });
  if (options.lm === 'general') return (wav) => transcriber.transcribe(wav);
  const store = createSpeechModelStore(bank, {
    cacheDir: options['cache-dir'],
    focusWeight: Number(options.focus),
    generalEnglishWeight: options.lm === 'domain' ? 0 : Number(options['general-weight']),
    generalEnglishWords: Number(options['general-words']),
    pronunciationAdditions: !options['no-additions'],
    technicalVocabularyWeight: Number(options['tech-vocab']),
  });
  return async (wav, question) => transcriber.transcribe(wav, await store.filesFor(question?.id ?? null));
}

/** Word error rate after repairing the question's distinctive terms (common English words are never targets). */
async function repairedWer(run: SpokenEvalRun, bank: readonly Question[]): Promise<number> {
  const general = await loadGeneralEnglishUnigrams(options['cache-dir']);
  const isCommon = (word: string) => (general?.get(word) ?? -99) > -4;
  const byId = new Map(bank.map((question) => [question.id, question]));
  const counts = run.answers.map((answer) => {
    const question = answer.questionId ? byId.get(answer.questionId) : undefined;
    const terms = question
      ? core.keyTermsOf(
          question.keyPoints.flatMap((point) => point.evidence),
          isCommon,
        )
      : [];
    const repaired = core.repairKeyTerms(answer.transcript.words, terms);
    return core.alignWords(core.comparableWords(answer.reference), core.comparableWords(repaired.join(' ')));
  });
  return core.corpusWordErrorRate(counts).wer;
}

/** Content scores of the transcripts, with delivery folded in, through the same evaluation as typed answers. */
function contentMetrics(
  items: core.EvalItem[],
  run: SpokenEvalRun,
  bank: readonly Question[],
  resolve: core.ResolveQuestion,
): core.EvaluationMetrics {
  const index = core.createQuestionIndex(bank);
  const spoken = new Map(run.answers.map((answer) => [answer.reference, answer]));
  return core.evaluate(items, resolve, (question, text) => {
    const answer = spoken.get(text);
    const delivery = answer
      ? { score: answer.deliveryScore.score, explanation: answer.deliveryScore.explanation }
      : undefined;
    return core.analyzeAnswer(question, answer?.transcript.text ?? text, { index, ...(delivery ? { delivery } : {}) });
  }).metrics;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

async function main(): Promise<void> {
  const file = positionals[0];
  if (!file) throw new Error('usage: node scripts/spoken-eval.ts EVAL.json [options]');
  const synthesizer = await availableSynthesizer();
  if (!synthesizer) throw new Error('neither flite nor espeak-ng is installed: apt-get install flite');
  const parsed = core.parseEvalSet(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file} is not an evaluation set: ${parsed.errors.join('; ')}`);
  const items = parsed.set.items.slice(0, options.limit ? Number(options.limit) : undefined);
  const bank = loadBank();
  const resolver = questionResolver(bank);
  const run = await runSpokenEvaluation(items, {
    resolveQuestion: resolver.forSpeech,
    transcribe: transcribeFunction(bank),
    audioDir: options['audio-dir'],
    synthesizer,
    voices: options.voices.split(','),
    onAnswer: (answer) => {
      if (!options.json)
        console.error(
          `${answer.itemId.padEnd(36)} ${answer.quality.padEnd(8)} ${answer.voice} WER ${answer.errors.wer.toFixed(3)}  ${answer.questionId ?? '(no question)'}`,
        );
    },
  });
  const summary = {
    variant: {
      lm: options.lm,
      focus: Number(options.focus),
      generalWeight: Number(options['general-weight']),
      generalWords: Number(options['general-words']),
      lw: options.lw ?? 'default',
      beam: options.beam ?? 'default',
      wbeam: options.wbeam ?? 'default',
      pronunciationAdditions: !options['no-additions'],
      technicalVocabulary: Number(options['tech-vocab']),
    },
    bankQuestions: bank.length,
    answers: run.answers.length,
    wer: round(run.wer.wer),
    werByVoice: Object.fromEntries(Object.entries(run.werByVoice).map(([voice, rate]) => [voice, round(rate.wer)])),
    werByQuality: Object.fromEntries(
      Object.entries(run.werByQuality).map(([quality, rate]) => [quality, round(rate.wer)]),
    ),
    werAfterKeyTermRepair: options.repair ? round(await repairedWer(run, bank)) : undefined,
    realTimeFactor: round(run.realTimeFactor),
    meanConfidence: round(
      run.answers.reduce((sum, answer) => sum + answer.transcript.confidence, 0) / Math.max(run.answers.length, 1),
    ),
    content: contentMetrics([...items], run, bank, resolver.resolve),
  };
  if (options.out) {
    const details = run.answers.map(({ transcript, ...rest }) => ({
      ...rest,
      transcript: transcript.text,
      confidence: transcript.confidence,
    }));
    writeFileSync(options.out, JSON.stringify({ ...summary, answers: details }, null, 2));
  }
  console.log(
    JSON.stringify(
      options.json
        ? {
            ...summary,
            items: run.answers.map(({ transcript, reference: _r, ...rest }) => ({
              ...rest,
              transcript: transcript.text,
            })),
          }
        : summary,
      null,
      2,
    ),
  );
}

await main();
