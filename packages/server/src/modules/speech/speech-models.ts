import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildQuestionLanguageModel,
  createPronouncer,
  parseDictionary,
  type Pronouncer,
  type Question,
} from '@rehearse/core';
import { loadGeneralEnglishUnigrams } from './general-english.ts';
import { POCKETSPHINX_MODEL_DIR } from './pocketsphinx.transcriber.ts';

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
 * Builds and caches the question-biased language models of a question bank. Each (bank, settings, question)
 * gives one ARPA file and one dictionary, written under temporary names and renamed once complete.
 */
export function createSpeechModelStore(
  questions: readonly Question[],
  settings: SpeechModelSettings,
): SpeechModelStore {
  const generalWeight = settings.generalEnglishWeight ?? 0.1;
  const { cacheDir: _cacheDir, ...modelSettings } = settings;
  const bankPrint = fingerprint([questions, modelSettings, generalWeight]);
  let resources: Promise<{ pronouncer: Pronouncer; unigrams: Map<string, number> | null }> | undefined;
  const loadResources = async () => {
    const dictionaryPath = settings.dictionaryPath ?? `${POCKETSPHINX_MODEL_DIR}/cmudict-en-us.dict`;
    const pronouncer = createPronouncer(parseDictionary(await readFile(dictionaryPath, 'utf8')), {
      additions: settings.pronunciationAdditions ?? true,
    });
    const unigrams = generalWeight > 0 ? await loadGeneralEnglishUnigrams(settings.cacheDir) : null;
    return { pronouncer, unigrams };
  };
  const build = async (questionId: string | null, files: LanguageModelFiles) => {
    resources ??= loadResources();
    const { pronouncer, unigrams } = await resources;
    const generalEnglish = unigrams
      ? { unigrams, weight: generalWeight, maxWords: settings.generalEnglishWords ?? 10_000 }
      : undefined;
    const model = buildQuestionLanguageModel(questions, {
      pronouncer,
      ...(questionId ? { focusQuestionId: questionId } : {}),
      ...(settings.focusWeight !== undefined ? { focusWeight: settings.focusWeight } : {}),
      ...(settings.technicalVocabularyWeight !== undefined
        ? { technicalVocabularyWeight: settings.technicalVocabularyWeight }
        : {}),
      ...(generalEnglish ? { generalEnglish } : {}),
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
        return files;
      })();
      pending.set(name, ready);
      ready.catch(() => pending.delete(name));
      return ready;
    },
  };
}
