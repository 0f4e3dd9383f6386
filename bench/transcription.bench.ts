// Transcription speed: the real-time factor of the offline path (ffmpeg decode + PocketSphinx) on a ~60 s spoken
// answer, with the general model and with the question-biased model, and the time to build that model (ARPA +
// dictionary, uncached) as a ratio of the transcription time. The answer is spoken by flite into a temp folder.
//   node bench/transcription.bench.ts [--runs 3]
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQuestionFile, type Question } from '../packages/core/src/index.ts';
import { decodeToWav } from '../packages/server/src/modules/speech/audio-intake.ts';
import { createPocketsphinxTranscriber } from '../packages/server/src/modules/speech/pocketsphinx.transcriber.ts';
import {
  createSpeechModelStore,
  type LanguageModelFiles,
} from '../packages/server/src/modules/speech/speech-models.ts';
import { synthesizeSpeech } from '../packages/server/src/modules/speech/speech-synthesis.ts';
import { findOnPath } from '../packages/server/src/modules/speech/run-process.ts';
import { ANSWER } from './spoken-answer.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function loadBank(): Question[] {
  const dir = join(import.meta.dirname, '..', 'content', 'questions');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const parsed = parseQuestionFile(readFileSync(join(dir, file), 'utf8'));
      return parsed.ok ? [parsed.question] : [];
    });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function transcribeOnce(wav: string, files: LanguageModelFiles | undefined): Promise<number> {
  const transcriber = createPocketsphinxTranscriber();
  const { ms } = await timed(async () => {
    const decoded = await decodeToWav(wav);
    try {
      await transcriber.transcribe(decoded.wavPath, files ?? {});
    } finally {
      await decoded.cleanup();
    }
  });
  return ms;
}

async function main(): Promise<void> {
  for (const tool of ['pocketsphinx_continuous', 'flite', 'sox', 'ffmpeg']) {
    if (!(await findOnPath(tool))) {
      console.warn(`transcription bench skipped: ${tool} is not installed`);
      return;
    }
  }
  const workDir = await mkdtemp(join(tmpdir(), 'rehearse-bench-'));
  try {
    const wav = join(workDir, 'answer.wav');
    await synthesizeSpeech(ANSWER, wav, 'slt');
    const audioSeconds = await decodeToWav(wav).then(async (decoded) => (await decoded.cleanup(), decoded.durationSec));
    const bank = loadBank();
    const questionId = bank.find((question) => /idempoten/.test(question.id))?.id ?? bank[0]?.id ?? null;
    const store = createSpeechModelStore(bank, { cacheDir: join(workDir, 'models') });
    const otherId = bank.find((question) => question.id !== questionId)?.id ?? null;
    const build = await timed(() => store.filesFor(questionId));
    const rebuild = await timed(() => store.filesFor(otherId));
    const general: number[] = [];
    const biased: number[] = [];
    for (let run = 0; run < runs; run++) {
      general.push(await transcribeOnce(wav, undefined));
      biased.push(await transcribeOnce(wav, build.value));
    }
    const generalMs = median(general);
    const biasedMs = median(biased);
    console.log(
      `audio: ${audioSeconds.toFixed(1)} s spoken answer; bank: ${bank.length} questions; median of ${runs} runs`,
    );
    console.log(
      `general model     decode+transcribe ${(generalMs / 1000).toFixed(2)} s   real-time factor ${(generalMs / 1000 / audioSeconds).toFixed(3)}`,
    );
    console.log(
      `question-biased   decode+transcribe ${(biasedMs / 1000).toFixed(2)} s   real-time factor ${(biasedMs / 1000 / audioSeconds).toFixed(3)}`,
    );
    console.log(`ratio biased / general transcription time: ${(biasedMs / generalMs).toFixed(2)}`);
    console.log(
      `language model build, cold (loads the dictionary and general unigrams too): ${build.ms.toFixed(0)} ms`,
    );
    console.log(`language model build, warm (another question): ${rebuild.ms.toFixed(0)} ms`);
    console.log(`ratio model build / biased transcription: ${(rebuild.ms / biasedMs).toFixed(2)}`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
