import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Question } from '@rehearse/core';
import { loadGeneralEnglishUnigrams } from './general-english.ts';
import { buildLanguageModelFiles, type LanguageModelBuildInput } from './language-model-build.ts';

export type { LanguageModelBuildInput };
import { POCKETSPHINX_MODEL_DIR } from './pocketsphinx.transcriber.ts';
import { findOnPath, runProcess } from './run-process.ts';

export interface SpeechModelSettings {
  /** Where built models are kept between runs (e.g. DATA_DIR/speech). */
  cacheDir: string;
  /** How many times the asked question's text counts against the rest of the bank (default 3). */
  focusWeight?: number;
  /** Share of general English in the unigram level, 0 for a domain-only model (default 0.1). */
  generalEnglishWeight?: number;
  /** How many of the most frequent general English words join the vocabulary (default 10,000). */
  generalEnglishWords?: number;
  /** Weight of the technical word list as extra vocabulary, so "ttls" is reachable though the bank never says it (default 1). */
  technicalVocabularyWeight?: number;
  /** Rehearse's technical pronunciations and derived forms on top of the base dictionary (default true). */
  pronunciationAdditions?: boolean;
  /** Base pronunciation dictionary (default: the en-us CMU dictionary of pocketsphinx-en-us). */
  dictionaryPath?: string;
  /**
   * Runs the CPU-heavy build (seconds for a bank of 250 questions) somewhere else, such as a worker thread, so the
   * server's event loop keeps serving; by default it runs here.
   */
  build?: (input: LanguageModelBuildInput) => Promise<{ arpa: string; dictionary: string }>;
}

export interface LanguageModelFiles {
  languageModel: string;
  dictionary: string;
}

export interface SpeechModelStore {
  /** Model and dictionary files biased to a question (or to the whole bank for null), built once and cached. */
  filesFor(questionId: string | null): Promise<LanguageModelFiles>;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await writeFile(`${path}.partial`, text);
  await rename(`${path}.partial`, path);
}

function fingerprint(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/**
 * The recogniser reads a binary model in a third of the time it takes to parse the ARPA text (0.13 s against
 * 0.45 s for a bank-wide model here), and it reads it once per transcription pass. Without sphinxbase-utils, or if
 * the conversion fails, the ARPA file serves.
 */
async function binaryModel(arpaPath: string): Promise<string> {
  const binaryPath = arpaPath.replace(/\.arpa$/, '.lm.bin');
  if (await exists(binaryPath)) return binaryPath;
  if (!(await findOnPath('sphinx_lm_convert'))) return arpaPath;
  const partial = `${binaryPath}.partial`;
  const args = ['-i', arpaPath, '-ifmt', 'arpa', '-o', partial, '-ofmt', 'bin'];
  const installHint = 'apt-get install sphinxbase-utils';
  const result = await runProcess('sphinx_lm_convert', args, { timeoutMs: 60_000, installHint }).catch(() => null);
  if (result?.exitCode !== 0 || !(await exists(partial))) return arpaPath;
  await rename(partial, binaryPath);
  return binaryPath;
}

/**
 * Builds and caches the question-biased language models of a question bank. Each (bank, settings, question)
 * gives one ARPA file and one dictionary, written under temporary names and renamed once complete.
 */
export function createSpeechModelStore(
  questions: readonly Question[],
  settings: SpeechModelSettings,
): SpeechModelStore {
  const generalWeight = settings.generalEnglishWeight ?? 0.1;
  const { cacheDir: _cacheDir, build: _build, ...modelSettings } = settings;
  const bankPrint = fingerprint([questions, modelSettings, generalWeight]);
  let resources: Promise<Pick<LanguageModelBuildInput, 'dictionary' | 'generalEnglish'>> | undefined;
  const loadResources = async () => {
    const dictionaryPath = settings.dictionaryPath ?? `${POCKETSPHINX_MODEL_DIR}/cmudict-en-us.dict`;
    const text = await readFile(dictionaryPath, 'utf8');
    const unigrams = generalWeight > 0 ? await loadGeneralEnglishUnigrams(settings.cacheDir) : null;
    return {
      dictionary: { key: `${dictionaryPath}:${text.length}`, text },
      ...(unigrams
        ? { generalEnglish: { unigrams, weight: generalWeight, maxWords: settings.generalEnglishWords ?? 10_000 } }
        : {}),
    };
  };
  const runBuild =
    settings.build ?? ((input: LanguageModelBuildInput) => Promise.resolve(buildLanguageModelFiles(input)));
  const build = async (questionId: string | null, files: LanguageModelFiles) => {
    resources ??= loadResources();
    const model = await runBuild({
      questions,
      questionId,
      ...(await resources),
      pronunciationAdditions: settings.pronunciationAdditions ?? true,
      ...(settings.focusWeight !== undefined ? { focusWeight: settings.focusWeight } : {}),
      ...(settings.technicalVocabularyWeight !== undefined
        ? { technicalVocabularyWeight: settings.technicalVocabularyWeight }
        : {}),
    });
    await writeAtomically(files.dictionary, model.dictionary);
    await writeAtomically(files.languageModel, model.arpa);
  };
  const pending = new Map<string, Promise<LanguageModelFiles>>();
  return {
    filesFor(questionId) {
      const name = `lm-${bankPrint}-${fingerprint([questionId])}`;
      const files = {
        languageModel: join(settings.cacheDir, `${name}.arpa`),
        dictionary: join(settings.cacheDir, `${name}.dict`),
      };
      const existing = pending.get(name);
      if (existing) return existing;
      const ready = (async () => {
        await mkdir(settings.cacheDir, { recursive: true });
        if (!(await exists(files.languageModel)) || !(await exists(files.dictionary))) await build(questionId, files);
        return { ...files, languageModel: await binaryModel(files.languageModel) };
      })();
      pending.set(name, ready);
      ready.catch(() => pending.delete(name));
      return ready;
    },
  };
}
