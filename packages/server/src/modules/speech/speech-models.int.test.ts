import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArpa, questionSchema, type Question } from '@rehearse/core';
import { loadGeneralEnglishUnigrams } from './general-english.ts';
import { createSpeechModelStore } from './speech-models.ts';
import { skipWithoutBinaries, temporaryFolder } from './speech-test-support.ts';

const skip = await skipWithoutBinaries('speech models', ['sphinx_lm_convert', 'pocketsphinx_continuous']);

function question(id: string, topic: string): Question {
  return questionSchema.parse({
    id,
    prompt: `When would you put ${topic} in front of PostgreSQL?`,
    category: 'system-design',
    level: 'mid',
    round: 'concepts',
    targetSeconds: 90,
    modelAnswer: `I would add ${topic} when reads dominate and the data tolerates being a little stale. `.repeat(4),
    keyPoints: ['a', 'b', 'c'].map((suffix) => ({
      id: `point-${suffix}`,
      label: `Point ${suffix} about ${topic}`,
      weight: 2,
      evidence: ['idempotent retries', 'Kubernetes readiness', 'OAuth tokens', 'Redis cluster'],
      probe: `What would you watch once ${topic} is in place?`,
    })),
  });
}

describe.skipIf(skip)('speech model store (real dictionary and general model)', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  beforeAll(async () => {
    folder = await temporaryFolder('models-test');
  });
  afterAll(() => folder.remove());

  it('reads the general model’s unigrams although sphinx_lm_convert aborts on its bigrams, and caches them', async () => {
    const unigrams = await loadGeneralEnglishUnigrams(folder.dir);
    expect(unigrams?.size).toBeGreaterThan(50_000);
    expect(unigrams?.get('the')).toBeGreaterThan(-2);
    expect(await readdir(folder.dir)).toContain('en-us-unigrams.arpa');
  });

  it('writes a model and a dictionary covering technical words, with no temporary files left', async () => {
    const store = createSpeechModelStore(
      [question('read-cache', 'a cache'), question('search-index', 'a search index')],
      {
        cacheDir: join(folder.dir, 'models'),
        generalEnglishWords: 2000,
      },
    );
    const files = await store.filesFor('read-cache');
    const dictionary = await readFile(files.dictionary, 'utf8');
    for (const word of ['kubernetes', 'oauth', 'redis', 'postgresql', 'idempotent'])
      expect(dictionary).toMatch(new RegExp(`^${word} `, 'm'));
    // The recogniser gets the binary conversion; the ARPA text beside it is what was built.
    expect(files.languageModel).toMatch(/\.lm\.bin$/);
    const model = parseArpa(await readFile(files.languageModel.replace(/\.lm\.bin$/, '.arpa'), 'utf8'));
    expect(model.orders[0]?.size).toBeGreaterThan(2000);
    expect(model.orders[2]?.size).toBeGreaterThan(10);
    expect((await readdir(join(folder.dir, 'models'))).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(await store.filesFor('search-index')).not.toEqual(files);
  });
});
