import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '@rehearse/core';
import { createPocketsphinxTranscriber } from './pocketsphinx.transcriber.ts';
import { createSpeechModelStore } from './speech-models.ts';
import { runSpokenEvaluation } from './spoken-eval.ts';
import { skipWithoutBinaries, temporaryFolder } from './speech-test-support.ts';

const skip = await skipWithoutBinaries('spoken evaluation', [
  'pocketsphinx_continuous',
  'flite',
  'sox',
  'ffmpeg',
  'ffprobe',
]);

const question: Question = questionSchema.parse({
  id: 'retry-safety',
  prompt: 'How do you make retries of a write request safe?',
  category: 'api-design',
  level: 'mid',
  round: 'concepts',
  targetSeconds: 60,
  modelAnswer:
    'The client sends an idempotency key with the request. The server stores the key with the response in the same ' +
    'transaction as the write, and when the same key comes back it returns the stored response instead of writing ' +
    'again. Keys expire after a day, and a second request with the same key and a different body is rejected.',
  keyPoints: ['key', 'store', 'expiry'].map((id) => ({
    id,
    label: `About the ${id}`,
    weight: 2,
    evidence: ['idempotency key', 'stored response', 'same transaction', 'keys expire'],
    probe: 'What happens when the same request arrives twice?',
  })),
});

describe.skipIf(skip)('runSpokenEvaluation (real flite and pocketsphinx)', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  beforeAll(async () => {
    folder = await temporaryFolder('spoken-eval-test');
  });
  afterAll(() => folder.remove());

  it('speaks each answer in turn with the voices, transcribes it and measures errors and delivery', async () => {
    const store = createSpeechModelStore([question], { cacheDir: join(folder.dir, 'models'), generalEnglishWeight: 0 });
    const transcriber = createPocketsphinxTranscriber();
    const run = await runSpokenEvaluation(
      [
        {
          id: 'retries',
          question: question.prompt,
          answers: [
            {
              quality: 'strong',
              text: 'The client sends an idempotency key, and the server returns the stored response when the key comes back.',
            },
            { quality: 'weak', text: 'I would just retry the request until it works.' },
          ],
        },
      ],
      {
        resolveQuestion: () => question,
        transcribe: async (wav, asked) => transcriber.transcribe(wav, await store.filesFor(asked?.id ?? null)),
        audioDir: join(folder.dir, 'audio'),
        synthesizer: 'flite',
        voices: ['slt', 'rms'],
      },
    );
    expect(run.answers.map((answer) => answer.voice)).toEqual(['slt', 'rms']);
    expect(run.wer.referenceWords).toBe(27);
    expect(run.wer.wer).toBeLessThan(0.4);
    expect(Object.keys(run.werByQuality)).toEqual(['strong', 'weak']);
    expect(run.answers[0]?.delivery.wordCount).toBeGreaterThan(10);
    expect(run.realTimeFactor).toBeGreaterThan(0);
  });
});
