import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../questions/question.schema.ts';
import { createPronouncer, parseDictionary } from '../pronunciation/dictionary.ts';
import { parseArpa } from './arpa.ts';
import { domainCorpus } from './domain-corpus.ts';
import { log10Probability } from './ngram-query.ts';
import { buildQuestionLanguageModel } from './question-model.ts';

function fixtureQuestion(id: string, topic: string, answer: string): Question {
  const evidence = [`${topic} first`, `${topic} second`, `${topic} third`, `${topic} fourth`];
  return questionSchema.parse({
    id,
    prompt: `How would you explain ${topic} to a new teammate?`,
    category: 'databases',
    level: 'junior',
    round: 'concepts',
    targetSeconds: 90,
    modelAnswer: `${answer} `.repeat(6).trim(),
    keyPoints: ['one', 'two', 'three'].map((point) => ({
      id: `point-${point}`,
      label: `The ${point} point about ${topic}`,
      weight: 2,
      evidence,
      probe: `What else matters about ${topic}?`,
    })),
  });
}

const questions = [
  fixtureQuestion('index-basics', 'an index', 'An index lets the database find rows without reading the whole table.'),
  fixtureQuestion('queue-basics', 'a queue', 'A queue lets a slow consumer catch up with a fast producer later.'),
];
const words = new Set(
  questions
    .flatMap((question) => [
      question.prompt,
      question.modelAnswer,
      ...question.keyPoints.flatMap((p) => [p.label, p.probe, ...p.evidence]),
    ])
    .join(' ')
    .toLowerCase()
    .match(/[a-z']+/g),
);
words.delete('teammate');
for (const word of ['um', 'uh', 'so', 'you', 'know']) words.add(word);
const pronouncer = createPronouncer(parseDictionary([...words].map((word) => `${word} AH`).join('\n')));

describe('domainCorpus', () => {
  it('weights the asked question up', () => {
    const corpus = domainCorpus(questions, {
      focusQuestionId: 'queue-basics',
      focusWeight: 5,
      spokenRegisterWeight: 0,
    });
    const weightOf = (word: string) => corpus.find((sentence) => sentence.words.includes(word))?.weight;
    expect(weightOf('consumer')).toBe(5);
    expect(weightOf('rows')).toBe(1);
  });
});

describe('buildQuestionLanguageModel', () => {
  const built = buildQuestionLanguageModel(questions, { pronouncer, focusQuestionId: 'queue-basics' });
  const model = parseArpa(built.arpa);

  it('leaves out words it cannot pronounce and lists them', () => {
    expect(built.unpronounceable).toContain('teammate');
    expect(model.orders[0]?.has('teammate')).toBe(false);
  });

  it('writes a dictionary for exactly the model’s words', () => {
    const dictionaryWords = new Set(
      built.dictionary
        .trim()
        .split('\n')
        .map((line) => line.split(' ')[0]?.replace(/\(\d+\)$/, '')),
    );
    expect(dictionaryWords.size).toBe(built.vocabularySize - 2);
    expect(dictionaryWords.has('consumer')).toBe(true);
    expect(dictionaryWords.has('kubernetes')).toBe(true);
  });

  it('makes the asked question’s wording more likely than another question’s', () => {
    const asked = log10Probability(model, ['a', 'slow'], 'consumer');
    const other = log10Probability(model, ['reading', 'the'], 'whole');
    expect(built.ngramCounts).toHaveLength(3);
    expect(asked).toBeGreaterThan(-1);
    expect(other).toBeGreaterThan(-1);
    const focusOnIndex = parseArpa(
      buildQuestionLanguageModel(questions, { pronouncer, focusQuestionId: 'index-basics' }).arpa,
    );
    expect(log10Probability(focusOnIndex, [], 'consumer')).toBeLessThan(log10Probability(model, [], 'consumer'));
  });
});
