import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArpaUnigrams } from '@rehearse/core';
import { POCKETSPHINX_MODEL_DIR } from './pocketsphinx.transcriber.ts';
import { runProcess } from './run-process.ts';

const STOCK_MODEL = `${POCKETSPHINX_MODEL_DIR}/en-us.lm.bin`;
const CACHE_FILE = 'en-us-unigrams.arpa';

function unigramArpa(unigrams: ReadonlyMap<string, number>): string {
  const lines = [...unigrams].map(([word, log10]) => `${log10.toFixed(4)}\t${word}`);
  return ['\\data\\', `ngram 1=${unigrams.size}`, '', '\\1-grams:', ...lines, '', '\\end\\', ''].join('\n');
}

/**
 * The unigram probabilities of PocketSphinx's general English model. Debian's `sphinx_lm_convert` aborts on the
 * stock model's bigrams (its header counts disagree with its trie), but it writes the complete unigram section
 * first; that is read and cached as a small ARPA file in `cacheDir`. Null when the tool or model is missing.
 */
export async function loadGeneralEnglishUnigrams(cacheDir: string): Promise<Map<string, number> | null> {
  const cached = join(cacheDir, CACHE_FILE);
  try {
    return parseArpaUnigrams(await readFile(cached, 'utf8'));
  } catch {
    // not converted yet
  }
  const workDir = await mkdtemp(join(tmpdir(), 'rehearse-lm-'));
  try {
    const converted = join(workDir, 'en-us.arpa');
    await runProcess('sphinx_lm_convert', ['-i', STOCK_MODEL, '-o', converted, '-ofmt', 'arpa'], {
      timeoutMs: 60_000,
      installHint: 'apt-get install sphinxbase-utils',
    });
    const unigrams = parseArpaUnigrams(await readFile(converted, 'utf8').catch(() => ''));
    if (unigrams.size < 1000) return null;
    await writeFile(`${cached}.partial`, unigramArpa(unigrams));
    await rename(`${cached}.partial`, cached);
    return unigrams;
  } catch {
    return null;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
