import type { Question } from '../../questions/question.schema.ts';
import { buildDictionaryText, type Pronouncer } from '../pronunciation/dictionary.ts';
import { writeArpa } from './arpa.ts';
import { domainCorpus, keepPronounceable, type DomainCorpusOptions } from './domain-corpus.ts';
import { buildNgramModel, type UnigramMixture } from './witten-bell.ts';

export interface GeneralEnglishOptions {
  /** log10 unigram probabilities of general English (e.g. the unigram section of PocketSphinx's en-us model). */
  unigrams: ReadonlyMap<string, number>;
  /** Share of the unigram distribution given to general English, 0–1 (default 0.1). */
  weight?: number;
  /** Only the most frequent general words join the vocabulary (default 10,000). */
  maxWords?: number;
}

export interface QuestionModelOptions extends DomainCorpusOptions {
  pronouncer: Pronouncer;
  generalEnglish?: GeneralEnglishOptions;
  order?: number;
}

export interface QuestionLanguageModel {
  /** The model in ARPA text, for `pocketsphinx_continuous -lm`. */
  arpa: string;
  /** Pronunciations of exactly the model's words, for `-dict`. */
  dictionary: string;
  vocabularySize: number;
  ngramCounts: number[];
  /** Words of the bank that no pronunciation could be found for (left out of the model). */
  unpronounceable: string[];
}

function topGeneralWords(options: GeneralEnglishOptions, pronouncer: Pronouncer): UnigramMixture {
  const maxWords = options.maxWords ?? 10_000;
  const ranked = [...options.unigrams]
    .filter(([word]) => !word.startsWith('<') && /^[a-z][a-z']*$/.test(word))
    .sort((a, b) => b[1] - a[1]);
  const chosen = new Map<string, number>();
  for (const [word, log10] of ranked) {
    if (chosen.size >= maxWords) break;
    if (pronouncer.pronounce(word)) chosen.set(word, log10);
  }
  return { log10Probabilities: chosen, weight: options.weight ?? 0.1 };
}

/**
 * Builds the language model and dictionary for transcribing an answer to one question: a trigram model of the
 * whole bank with the asked question weighted up, optionally mixed with general English at the unigram level.
 * Pure: the caller supplies the bank, the pronunciations and the general model, and writes the files.
 */
export function buildQuestionLanguageModel(
  questions: readonly Question[],
  options: QuestionModelOptions,
): QuestionLanguageModel {
  const { pronouncer } = options;
  const corpus = domainCorpus(questions, options);
  const { sentences, missing } = keepPronounceable(corpus, (word) => pronouncer.pronounce(word) !== undefined);
  const mixture = options.generalEnglish ? topGeneralWords(options.generalEnglish, pronouncer) : undefined;
  const model = buildNgramModel(sentences, { order: options.order ?? 3, ...(mixture ? { mixture } : {}) });
  const vocabulary = [...(model.orders[0]?.keys() ?? [])];
  const dictionary = buildDictionaryText(vocabulary, pronouncer);
  return {
    arpa: writeArpa(model),
    dictionary: dictionary.text,
    vocabularySize: vocabulary.length,
    ngramCounts: model.orders.map((grams) => grams.size),
    unpronounceable: [...missing].sort(),
  };
}
