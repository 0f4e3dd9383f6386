// Behavioral answers are judged on the story as people tell it. Stories written for these tests.
import { describe, expect, it } from 'vitest';
import { indexText } from '../language/phrase-match.ts';
import { analyzeText } from '../language/read-text.ts';
import { createQuestionIndex } from '../questions/search.ts';
import { analyzeAnswer } from './analyze-answer.ts';
import { creditStoryPoints, isStory, readStory } from './story.ts';
import { fixture, FIXTURE_QUESTIONS } from './test-fixtures/questions.ts';

const index = createQuestionIndex(FIXTURE_QUESTIONS);
const story = fixture('slow-service-story');

const TOLD =
  'Two years ago our invoice export started timing out for the biggest tenants every month end. ' +
  'It was my module, so I took it on and told support I would report back daily. ' +
  'I traced the slow part to one query per invoice line, rewrote it as a single join and moved the export into a background job. ' +
  'The export went from forty minutes to ninety seconds, and the month-end tickets stopped. ' +
  'Since then I load-test any report against our largest customer before it ships.';

const read = (text: string) => readStory(indexText(analyzeText(text)));
const storyPoint = {
  id: 'point',
  label: 'A part of the story',
  weight: 2,
  covered: false,
  strength: 0,
  evidence: null,
  denied: false,
  probe: 'And then?',
  sentences: [],
};

describe('story signals', () => {
  it('finds ownership, first-person actions, figures, the outcome and reflection in everyday words', () => {
    const reading = read(TOLD);
    expect(reading.ownership).toBe(1);
    expect(reading.actions).toBeGreaterThanOrEqual(0);
    expect(reading.figures).toBe(3);
    expect(reading.outcome).toBeGreaterThanOrEqual(0);
    expect(reading.reflection).toBe(4);
  });

  it('takes no outcome from the sentence that sets the scene, only from one after it', () => {
    const opening = 'Last winter I shipped a cache change that made our search return stale prices. ';
    const unfinished = read(opening + 'I told the team it was my change and reverted it within the hour.');
    expect(unfinished.situation).toBe(0);
    expect(unfinished.outcome).toBe(-1);
    const finished = read(opening + 'I reverted it, and since then every cache change ships behind a flag.');
    expect(finished.outcome).toBe(1);
    const measured = read(opening + 'I moved the cache key to include the region, and stale prices fell to zero.');
    expect(measured.outcome).toBe(1);
  });

  it('takes actions with a lesson as a story, as a recogniser leaves them with the scene garbled', () => {
    const heard = read(
      'i deployed a config change and the search page went blank for everyone. ' +
        'i rolled it back and then added the missing setting. i learned to diff the config before a release.',
    );
    expect(heard.situation).toBe(-1);
    expect(heard.outcome).toBe(-1);
    expect(isStory(heard)).toBe(true);
    expect(isStory(read('i deployed a config change and then i rolled it back.'))).toBe(false);
  });

  it('hears first-person actions with fillers and helpers between the speaker and the verb', () => {
    const spoken = read(
      'so what i did was i kind of looked at the error budget for each service first. ' +
        'and then we could still move the riskier release to the next week without any drama.',
    );
    expect(spoken.actions).toBe(0);
  });

  it('earns nothing from bare labels', () => {
    const labels = read('Situation: outage. Task: fix. Action: fixed. Result: fine. Learning: none.');
    expect(Object.values(labels).every((sentence) => sentence === -1)).toBe(true);
  });
});

describe('scoring a story', () => {
  it('credits the STAR points of the question from the story told, with the sentence that tells it', () => {
    const analysis = analyzeAnswer(story, TOLD, { index });
    const task = analysis.keyPoints.find((p) => p.id === 'task');
    expect(task?.covered).toBe(true);
    expect(task?.evidence).toContain('It was my module');
    expect(analysis.structure.parts.every((p) => p.found)).toBe(true);
    expect(analysis.scores.overall).toBeGreaterThanOrEqual(70);
  });

  it('gives labels and three short sentences no full structure', () => {
    const labelled = analyzeAnswer(
      story,
      'Situation: the search page was slow for customers. Action: I added a cache to it. Result: it became faster for everyone.',
      { index },
    );
    expect(labelled.scores.structure).toBeLessThan(60);
    expect(labelled.strengths.join(' ')).not.toMatch(/clear situation/);
  });

  it('never calls a good story on a neighbouring theme off-topic, but ranks it below an on-topic one', () => {
    const neighbour =
      'Last spring a teammate and I disagreed about whether to split our billing service. ' +
      'I was the one who had raised it, so I wrote a one-page comparison and asked for a meeting with our lead. ' +
      'We agreed to try it on one endpoint first, measured it for two weeks, and kept the monolith when the numbers showed no gain. ' +
      'I learnt to bring data to a disagreement instead of opinions.';
    const analysis = analyzeAnswer(story, neighbour, { index });
    expect(analysis.verdict).toBe('assessed');
    expect(analysis.scores.overall).toBeGreaterThan(10);
    expect(analysis.scores.overall).toBeLessThan(analyzeAnswer(story, TOLD, { index }).scores.overall);
  });

  it('credits the parts of a story only as far as the story fits the question', () => {
    const result = { ...storyPoint, id: 'result', label: 'Result' };
    const credited = (fit: number) => creditStoryPoints([result], read(TOLD), () => 'a sentence', fit)[0];
    expect(credited(1)?.covered).toBe(true);
    expect(credited(0.5)?.covered).toBe(false);
    expect(credited(0.5)?.strength).toBeLessThan(credited(1)?.strength ?? 0);
  });

  it('hears ownership said plainly, and credits a point named after two parts of the story by either', () => {
    const owned = read('Last month the QA team lost a day of test data. I told them straight away that it was me.');
    expect(owned.ownership).toBe(1);
    const point = { ...storyPoint, id: 'situation-ownership' };
    expect(creditStoryPoints([point], owned, () => 'a sentence')[0]?.covered).toBe(true);
  });

  it('gives a story no design or unhappy-path advice', () => {
    const analysis = analyzeAnswer(story, TOLD, { index });
    expect(analysis.improvements.join(' ')).not.toMatch(/unhappy path|trade-off/);
  });
});
