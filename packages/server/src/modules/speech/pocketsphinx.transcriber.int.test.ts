import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionSchema, scoreDelivery, wordErrorRate, type Question } from '@rehearse/core';
import { createPocketsphinxTranscriber } from './pocketsphinx.transcriber.ts';
import { createSpeechModelStore } from './speech-models.ts';
import { createSpeechService } from './speech.service.ts';
import { synthesizeSpeech } from './speech-synthesis.ts';
import { skipWithoutBinaries, temporaryFolder } from './speech-test-support.ts';

const skip = await skipWithoutBinaries('pocketsphinx transcription', [
  'pocketsphinx_continuous',
  'flite',
  'sox',
  'ffmpeg',
  'ffprobe',
]);

const SPOKEN =
  'I keep the queries safe with prepared statements and bound parameters, so user input is never treated as SQL.';

/** A question of our own writing whose vocabulary matches the spoken sentence. */
function fixtureQuestion(): Question {
  return questionSchema.parse({
    id: 'safe-queries',
    prompt: 'How do you keep database queries safe from user input?',
    category: 'security',
    level: 'junior',
    round: 'concepts',
    targetSeconds: 60,
    modelAnswer:
      'I never build SQL by joining strings with user input. I use prepared statements with bound parameters, so the ' +
      'database treats the input as a value and never as SQL. Placeholders keep code and data apart. For column names ' +
      'that cannot be bound I pick from an allow list, and the database user gets only the permissions it needs. ' +
      'Input is validated for type and length as an extra layer, and errors never show the raw SQL to the user.',
    keyPoints: [
      {
        id: 'bind',
        label: 'Bound parameters',
        weight: 3,
        evidence: ['prepared statements', 'bound parameters', 'placeholders', 'parameterized query'],
        probe: 'How do you keep input out of the query structure?',
      },
      {
        id: 'allow-list',
        label: 'Allow-list identifiers',
        weight: 1,
        evidence: ['allow list', 'column names', 'known values', 'identifiers'],
        probe: 'What about a sort column chosen by the user?',
      },
      {
        id: 'privilege',
        label: 'Least privilege',
        weight: 2,
        evidence: ['least privilege', 'only the permissions', 'restricted user', 'read only account'],
        probe: 'How would you limit the damage?',
      },
    ],
  });
}

describe.skipIf(skip)('PocketSphinx transcriber (real binary)', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  let wav = '';

  beforeAll(async () => {
    folder = await temporaryFolder('pocketsphinx-test');
    wav = join(folder.dir, 'answer.wav');
    await synthesizeSpeech(SPOKEN, wav, 'slt');
  });
  afterAll(() => folder.remove());

  it('reports itself available and transcribes with word timings and confidences', async () => {
    const transcriber = createPocketsphinxTranscriber();
    expect(await transcriber.availability()).toEqual({ available: true, engine: 'pocketsphinx', missing: [] });
    const transcript = await transcriber.transcribe(wav);
    expect(transcript.engine).toBe('pocketsphinx');
    expect(transcript.words.length).toBeGreaterThan(10);
    for (const word of transcript.words) {
      expect(word.end).toBeGreaterThanOrEqual(word.start);
      expect(word.confidence).toBeGreaterThanOrEqual(0);
      expect(word.confidence).toBeLessThanOrEqual(1);
    }
    expect(wordErrorRate(SPOKEN, transcript.text).wer).toBeLessThan(0.6);
  });

  it('transcribes better with the question-biased model and dictionary', async () => {
    const store = createSpeechModelStore([fixtureQuestion()], {
      cacheDir: join(folder.dir, 'models'),
      generalEnglishWeight: 0.1,
    });
    const files = await store.filesFor('safe-queries');
    const transcriber = createPocketsphinxTranscriber();
    const general = wordErrorRate(SPOKEN, (await transcriber.transcribe(wav)).text).wer;
    const biased = wordErrorRate(SPOKEN, (await transcriber.transcribe(wav, files)).text).wer;
    expect(biased).toBeLessThanOrEqual(general);
    expect(biased).toBeLessThan(0.25);
    expect(await store.filesFor('safe-queries')).toEqual(files);
  });

  it('runs the whole spoken-answer use case: decode, transcribe, delivery', async () => {
    const store = createSpeechModelStore([fixtureQuestion()], {
      cacheDir: join(folder.dir, 'models'),
      generalEnglishWeight: 0,
    });
    const service = createSpeechService({ transcriber: createPocketsphinxTranscriber(), models: store });
    const answer = await service.transcribeAnswer(wav, { id: 'safe-queries', targetSeconds: 60 });
    expect(answer.audioSeconds).toBeGreaterThan(4);
    expect(answer.delivery.wordsPerMinute).toBeGreaterThan(100);
    expect(scoreDelivery(answer.delivery).score).toBeGreaterThan(0);
    expect(answer.needsReview).toBe(false);
  });

  it('says what is missing when the binary is not installed', async () => {
    const missing = createPocketsphinxTranscriber({ binary: 'pocketsphinx_not_installed' });
    const availability = await missing.availability();
    expect(availability.available).toBe(false);
    expect(availability.missing[0]).toContain('apt-get install pocketsphinx');
    await expect(missing.transcribe(wav)).rejects.toMatchObject({ code: 'speech-tool-missing' });
  });
});
