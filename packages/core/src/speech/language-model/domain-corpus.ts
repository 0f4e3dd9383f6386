import type { Question } from '../../questions/question.schema.ts';
import { spokenSentences, spokenWords } from '../spoken-text.ts';
import { TECHNICAL_PRONUNCIATIONS } from '../pronunciation/technical-terms.ts';
import type { WeightedSentence } from './witten-bell.ts';

export interface DomainCorpusOptions {
  /** The question being answered: its text counts `focusWeight` times (default 3; on the spoken dev set 1, 3, 8 and 20 were within 0.01 of WER). */
  focusQuestionId?: string;
  focusWeight?: number;
  /** Weight of the built-in phrases of spoken answers (openers, fillers, hedges); default 1, 0 to leave out. */
  spokenRegisterWeight?: number;
  /** Weight of each word of the technical pronunciation list as a one-word sentence (default 1; 0 leaves them out). */
  technicalVocabularyWeight?: number;
}

/**
 * Phrases of the way candidates talk, written for Rehearse: openers, fillers, hedges and transitions. They let
 * the recogniser hear "um" or "you know" as such instead of forcing a technical word in their place.
 */
const SPOKEN_REGISTER = [
  'um so the way i think about it is this',
  'uh so basically you have two options here',
  'so the short answer is that it depends on the workload',
  'you know it is kind of like a trade off',
  'i mean the main thing is that it has to be reliable',
  'so like the first thing i would do is look at the logs',
  'i guess the honest answer is that i have not used it much',
  'i think the main idea is that um you keep things separate',
  'well it sort of depends on how much traffic you get',
  'okay so let me think about that for a second',
  'yeah so in my last job we had exactly this problem',
  'and then uh the second part is how you handle failures',
  'to be honest i am not sure about the details',
  'i would probably start with the simplest thing that works',
  'the trade off is that you pay for it in complexity',
  'for example if a request fails halfway through you retry it',
  'what i would do is measure it first and then decide',
  'that is basically it i think',
  'right so erm the other thing is monitoring',
  'and like the problem is that nobody really owns it',
];

/** Every piece of a question's text that a good spoken answer might echo. */
export function questionTexts(question: Question): string[] {
  const points = question.keyPoints.flatMap((point) => [point.label, point.probe, ...point.evidence]);
  const misconceptions = question.misconceptions.flatMap((item) => [item.claim, item.correction, ...item.signals]);
  return [
    question.prompt,
    ...question.aliases,
    question.modelAnswer,
    ...points,
    ...misconceptions,
    ...question.redFlags,
    ...question.greatAnswerAdds,
  ];
}

function sentencesOf(texts: readonly string[], weight: number): WeightedSentence[] {
  return texts.flatMap((text) => spokenSentences(text).map((words) => ({ words, weight })));
}

/**
 * The training text of a question-biased language model: the whole bank once, the asked question's text
 * `focusWeight` times more, and a few spoken-register phrases.
 */
export function domainCorpus(questions: readonly Question[], options: DomainCorpusOptions = {}): WeightedSentence[] {
  const focusWeight = options.focusWeight ?? 3;
  const registerWeight = options.spokenRegisterWeight ?? 1;
  const sentences = questions.flatMap((question) => {
    const weight = question.id === options.focusQuestionId ? focusWeight : 1;
    return sentencesOf(questionTexts(question), weight);
  });
  const register =
    registerWeight > 0 ? SPOKEN_REGISTER.map((line) => ({ words: spokenWords(line), weight: registerWeight })) : [];
  const technicalWeight = options.technicalVocabularyWeight ?? 1;
  const technical =
    technicalWeight > 0
      ? Object.keys(TECHNICAL_PRONUNCIATIONS).map((word) => ({ words: [word], weight: technicalWeight }))
      : [];
  return [...sentences, ...register, ...technical];
}

/**
 * Splits sentences at words the recogniser cannot pronounce, so that no n-gram joins words across a gap.
 * Returns the kept sentences and the words that were left out (to report, or to add pronunciations for).
 */
export function keepPronounceable(
  sentences: readonly WeightedSentence[],
  canPronounce: (word: string) => boolean,
): { sentences: WeightedSentence[]; missing: Set<string> } {
  const kept: WeightedSentence[] = [];
  const missing = new Set<string>();
  for (const { words, weight } of sentences) {
    let run: string[] = [];
    for (const word of words) {
      if (canPronounce(word)) {
        run.push(word);
        continue;
      }
      missing.add(word);
      if (run.length > 0) kept.push({ words: run, weight });
      run = [];
    }
    if (run.length > 0) kept.push({ words: run, weight });
  }
  return { sentences: kept, missing };
}
