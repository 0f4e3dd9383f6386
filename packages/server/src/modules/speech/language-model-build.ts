// The question-biased language model build as plain data in, text out: it runs in a worker thread, where it
// cannot stall the server's event loop for the seconds it takes over a whole bank.
import {
  buildQuestionLanguageModel,
  createPronouncer,
  parseDictionary,
  type Pronouncer,
  type Question,
} from '@rehearse/core';

/** Everything a language-model build needs, as plain data that can cross to a worker thread. */
export interface LanguageModelBuildInput {
  questions: readonly Question[];
  questionId: string | null;
  /** The base dictionary's text, and a key that stays the same while the text does (so a worker parses it once). */
  dictionary: { key: string; text: string };
  pronunciationAdditions: boolean;
  focusWeight?: number;
  technicalVocabularyWeight?: number;
  generalEnglish?: { unigrams: Map<string, number>; weight: number; maxWords: number };
}

let parsedDictionary: { key: string; pronouncer: Pronouncer } | undefined;

/** The build itself: pure, given its input; keeps the last parsed dictionary, which is 130,000 entries. */
export function buildLanguageModelFiles(input: LanguageModelBuildInput): { arpa: string; dictionary: string } {
  const key = `${input.dictionary.key}:${input.pronunciationAdditions}`;
  if (parsedDictionary?.key !== key) {
    const pronouncer = createPronouncer(parseDictionary(input.dictionary.text), {
      additions: input.pronunciationAdditions,
    });
    parsedDictionary = { key, pronouncer };
  }
  const model = buildQuestionLanguageModel(input.questions, {
    pronouncer: parsedDictionary.pronouncer,
    ...(input.questionId ? { focusQuestionId: input.questionId } : {}),
    ...(input.focusWeight !== undefined ? { focusWeight: input.focusWeight } : {}),
    ...(input.technicalVocabularyWeight !== undefined
      ? { technicalVocabularyWeight: input.technicalVocabularyWeight }
      : {}),
    ...(input.generalEnglish ? { generalEnglish: input.generalEnglish } : {}),
  });
  return { arpa: model.arpa, dictionary: model.dictionary };
}
