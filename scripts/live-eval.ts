// Does the live transcription path (the growing upload streamed through ffmpeg into one PocketSphinx process) hear
// answers as well as the whole-file path (the finished recording decoded to WAV, then transcribed)? Each answer of
// an eval set is spoken by flite (voices slt, rms, awb in turn, as in spoken-eval), encoded to WebM/Opus at 64 kb/s
// as a browser records it, and transcribed both ways with the product's question-biased language models; the live
// path is fed the file in ~1-second pieces, then asked for the transcript of exactly those bytes. Prints word error
// rates overall and per voice for both paths, how often each was better, and how many live results were null (the
// product then transcribes the recording whole, and so does this script). Audio and models are kept under /tmp.
//   node scripts/live-eval.ts ../shared/eval/dev.json [--limit N] [--pause-ms 50] [--json]
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, appendFile, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs, promisify } from 'node:util';
import * as core from '@rehearse/core';
import type { Question, Transcript } from '@rehearse/core';
import { loadQuestionFiles } from '../packages/server/src/modules/questions/question-content.ts';
import { createLiveTranscription } from '../packages/server/src/modules/speech/live-transcription.ts';
import { openPcmDecoder } from '../packages/server/src/modules/speech/pcm-stream.ts';
import { createPocketsphinxTranscriber } from '../packages/server/src/modules/speech/pocketsphinx.transcriber.ts';
import { createSpeechModelStore } from '../packages/server/src/modules/speech/speech-models.ts';
import { availableSynthesizer } from '../packages/server/src/modules/speech/speech-synthesis.ts';
import { createSpeechService } from '../packages/server/src/modules/speech/speech.service.ts';
import { runSpokenEvaluation, type SpokenEvalRun } from '../packages/server/src/modules/speech/spoken-eval.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string' },
    'pause-ms': { type: 'string', default: '50' },
    json: { type: 'boolean', default: false },
    'cache-dir': { type: 'string', default: '/tmp/rehearse-speech/models' },
    'audio-dir': { type: 'string', default: '/tmp/rehearse-speech/audio' },
  },
});

/** 64 kb/s: about one second of the recording per piece of the upload. */
const BITRATE = 64_000;
const PIECE_BYTES = BITRATE / 8;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const round = (value: number) => Math.round(value * 1000) / 1000;
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The spoken answer as a browser's MediaRecorder uploads it; one file per audio, so both paths hear the same bytes. */
async function webmOf(wavPath: string): Promise<string> {
  const path = join(options['audio-dir'], `${sha256(await readFile(wavPath)).slice(0, 20)}.webm`);
  if (await exists(path)) return path;
  const args = ['-v', 'error', '-y', '-i', wavPath, '-ac', '1', '-ar', '48000', '-c:a', 'libopus', '-b:a', '64k'];
  await promisify(execFile)('ffmpeg', [...args, `${path}.partial.webm`]);
  await rename(`${path}.partial.webm`, path);
  return path;
}

async function main(): Promise<void> {
  const file = positionals[0];
  if (!file) throw new Error('usage: node scripts/live-eval.ts EVAL.json [--limit N] [--pause-ms 50] [--json]');
  const synthesizer = await availableSynthesizer();
  if (!synthesizer) throw new Error('flite is not installed: apt-get install flite');
  const parsed = core.parseEvalSet(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file} is not an evaluation set: ${parsed.errors.join('; ')}`);
  const items = parsed.set.items.slice(0, options.limit ? Number(options.limit) : undefined);
  const bank = (await loadQuestionFiles(join(import.meta.dirname, '..', 'content', 'questions'))).questions;
  const resolve = core.createSearchResolver(core.createQuestionIndex(bank));

  // The product's wiring (speech-wiring.ts): default recogniser settings and question-biased models.
  const transcriber = createPocketsphinxTranscriber();
  const models = createSpeechModelStore(bank, { cacheDir: options['cache-dir'] });
  const service = createSpeechService({ transcriber, models });
  const asked = new Map<string, Question>();
  const live = createLiveTranscription({
    openDecoder: openPcmDecoder,
    openRecognizer: async (question) => transcriber.openStream!(await models.filesFor(question.id)),
    questionFor: (answerId) => Promise.resolve(asked.get(answerId) ?? null),
    maxSeconds: 900,
    log: (message, details) => console.error(message, JSON.stringify(details)),
  });
  const uploads = await mkdtemp(join(tmpdir(), 'rehearse-live-eval-'));
  let fallbacks = 0;

  /** Uploads the recording piece by piece as the upload service does, then takes what the live path heard. */
  async function heardLive(webm: string, question: Question): Promise<Transcript | null> {
    const answerId = `answer-${asked.size}`;
    asked.set(answerId, question);
    const bytes = await readFile(webm);
    const path = join(uploads, `${answerId}.webm`);
    await writeFile(path, '');
    for (let from = 0; from < bytes.length; from += PIECE_BYTES) {
      await appendFile(path, bytes.subarray(from, from + PIECE_BYTES));
      await live.progressed({ answerId, ownerId: 'eval', path });
      await sleep(Number(options['pause-ms']));
    }
    live.finished(answerId);
    return (await live.result(answerId, sha256(bytes)))?.transcript ?? null;
  }

  const run = (name: string, transcribe: (webm: string, question: Question | null) => Promise<Transcript>) =>
    runSpokenEvaluation(items, {
      resolveQuestion: (item) => resolve(item as core.EvalItem).question,
      transcribe: async (wav, question) => transcribe(await webmOf(wav), question),
      audioDir: options['audio-dir'],
      synthesizer,
      onAnswer: (answer) => {
        if (!options.json)
          console.error(
            `${name.padEnd(5)} ${answer.itemId.padEnd(36)} ${answer.voice} WER ${answer.errors.wer.toFixed(3)}`,
          );
      },
    });
  const wholeFile = async (webm: string, question: Question | null) =>
    (await service.transcribeAnswer(webm, question)).transcript;

  const started = performance.now();
  const whole = await run('whole', wholeFile);
  const streamed = await run('live', async (webm, question) => {
    const heard = question ? await heardLive(webm, question) : null;
    if (heard) return heard;
    fallbacks++;
    return wholeFile(webm, question);
  });
  live.close();
  await rm(uploads, { recursive: true, force: true });

  const pairs = whole.answers.map((answer, index) => ({ whole: answer, live: streamed.answers[index]! }));
  const rates = (result: SpokenEvalRun) => ({
    wer: round(result.wer.wer),
    werByVoice: Object.fromEntries(Object.entries(result.werByVoice).map(([voice, rate]) => [voice, round(rate.wer)])),
    realTimeFactor: round(result.realTimeFactor),
  });
  const summary = {
    answers: pairs.length,
    whole: rates(whole),
    live: rates(streamed),
    liveBetter: pairs.filter((pair) => pair.live.errors.wer < pair.whole.errors.wer).length,
    wholeBetter: pairs.filter((pair) => pair.whole.errors.wer < pair.live.errors.wer).length,
    liveNull: fallbacks,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  const answers = pairs.map(({ whole: w, live: l }) => ({
    itemId: w.itemId,
    questionId: w.questionId,
    voice: w.voice,
    reference: w.reference,
    whole: { wer: round(w.errors.wer), text: w.transcript.text },
    live: { wer: round(l.errors.wer), text: l.transcript.text },
  }));
  console.log(JSON.stringify(options.json ? { ...summary, answers } : summary, null, 2));
}

await main();
