import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionSchema, wordErrorRate, type Question } from '@rehearse/core';
import { decodeToWav } from './audio-intake.ts';
import { createLiveTranscription, settleAt } from './live-transcription.ts';
import { createPocketsphinxTranscriber } from './pocketsphinx.transcriber.ts';
import { createSpeechModelStore } from './speech-models.ts';
import { synthesizeSpeech } from './speech-synthesis.ts';
import { createSpeechService } from './speech.service.ts';
import { skipWithoutBinaries, temporaryFolder } from './speech-test-support.ts';

const ANSWER =
  'The client sends an idempotency key with every payment request. The server stores the key together with the ' +
  'response in the same transaction as the charge. When a retry arrives with the same key, the server returns the ' +
  'stored response instead of charging the card a second time. Keys expire after a day, and a request that reuses a ' +
  'key with a different body is rejected, because that is a client bug rather than a retry. Concurrent requests with ' +
  'one key are serialised with a unique constraint, so only one of them does the work.';

const question: Question = questionSchema.parse({
  id: 'payment-retries',
  prompt: 'How do you make retries of a payment request safe?',
  category: 'api-design',
  level: 'mid',
  round: 'concepts',
  targetSeconds: 90,
  modelAnswer: ANSWER,
  keyPoints: ['key', 'store', 'expiry'].map((id) => ({
    id,
    label: `About the ${id}`,
    weight: 2,
    evidence: ['idempotency key', 'stored response', 'same transaction', 'keys expire'],
    probe: 'What happens when the same request arrives twice?',
  })),
});

describe('where live transcription settles its words', () => {
  const word = (start: number, end: number) => ({ word: 'w', start, end, confidence: 1 });
  it('cuts at the last silence well behind the live edge', () => {
    const words = [word(0, 0.5), word(0.9, 1.4), word(1.5, 2), word(2.6, 3), word(9.5, 9.9)];
    expect(settleAt(words, 10)).toBeCloseTo(2.3, 5);
  });
  it('does not cut where there is no silence', () => {
    expect(settleAt([word(0, 0.5), word(0.55, 1), word(1.05, 1.5)], 10)).toBe(-1);
  });
});

const skip = await skipWithoutBinaries('live transcription', ['pocketsphinx_continuous', 'flite', 'sox', 'ffmpeg']);

describe.skipIf(skip)('live transcription of a growing WebM upload (real ffmpeg and PocketSphinx)', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  let webm: Buffer;
  beforeAll(async () => {
    folder = await temporaryFolder('live');
    const wav = join(folder.dir, 'answer.wav');
    await synthesizeSpeech(ANSWER, wav, 'slt');
    const webmPath = join(folder.dir, 'answer.webm');
    await promisify(execFile)('ffmpeg', ['-v', 'error', '-i', wav, '-c:a', 'libopus', '-b:a', '32k', webmPath]);
    webm = await readFile(webmPath);
  });
  afterAll(() => folder.remove());

  it('settles words while the upload grows, and the final transcript matches a whole-file transcription', async () => {
    const store = createSpeechModelStore([question], { cacheDir: join(folder.dir, 'models'), generalEnglishWeight: 0 });
    const transcriber = createPocketsphinxTranscriber();
    const transcribe = async (wavPath: string, asked: Question) =>
      transcriber.transcribe(wavPath, await store.filesFor(asked.id));
    const live = createLiveTranscription({
      decode: (path) => decodeToWav(path),
      transcribe,
      questionFor: (answerId) => Promise.resolve(answerId === 'interview:0.0' ? question : null),
      log: () => {},
    });
    const growing = join(folder.dir, 'growing.webm');
    const upload = { answerId: 'interview:0.0', ownerId: 'u1', path: growing };
    for (const share of [0.4, 0.7, 0.9]) {
      await writeFile(growing, webm.subarray(0, Math.floor(webm.length * share)));
      await live.progressed(upload);
      await live.whenIdle(upload.answerId);
    }
    await live.progressed({ ...upload, answerId: 'someone-else:0.0' });
    const settled = await live.settled(upload.answerId);
    expect(settled).not.toBeNull();
    expect(settled!.untilSeconds).toBeGreaterThan(8);
    expect(settled!.words.every((w) => w.end <= settled!.untilSeconds)).toBe(true);
    expect(await live.settled(upload.answerId)).toBeNull();

    const full = join(folder.dir, 'full.webm');
    await writeFile(full, webm);
    const service = createSpeechService({ transcriber, models: store });
    const target = { id: question.id, targetSeconds: question.targetSeconds };
    const whole = await service.transcribeAnswer(full, target);
    const incremental = await service.transcribeAnswer(full, target, settled);
    const words = incremental.transcript.words;
    expect(words.slice(0, settled!.words.length)).toEqual(settled!.words);
    expect(words.every((w, i) => i === 0 || w.start >= words[i - 1]!.start)).toBe(true);
    const wholeWer = wordErrorRate(ANSWER, whole.transcript.text).wer;
    const incrementalWer = wordErrorRate(ANSWER, incremental.transcript.text).wer;
    console.info(`live transcription: WER whole ${wholeWer.toFixed(3)}, incremental ${incrementalWer.toFixed(3)}`);
    expect(incrementalWer).toBeLessThanOrEqual(wholeWer + 0.05);
    expect(incremental.delivery.durationSec).toBeCloseTo(whole.delivery.durationSec, 0);
  });
});
