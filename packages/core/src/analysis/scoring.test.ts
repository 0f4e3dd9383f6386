// The verdict and the caps of scoring, on hand-built signals.
import { describe, expect, it } from 'vitest';
import { penaltyPoints, score, type ScoringInputs } from './scoring.ts';

const inputs = (overrides: Partial<ScoringInputs> = {}): ScoringInputs => ({
  keyPoints: [
    {
      id: 'a',
      label: 'A',
      weight: 2,
      covered: false,
      strength: 0,
      evidence: null,
      denied: false,
      probe: 'A?',
      sentences: [],
    },
  ],
  misconceptions: [],
  depth: [],
  structureShare: 0.5,
  structureKind: 'explanation',
  substance: {
    wordCount: 120,
    sentenceCount: 6,
    listShare: 0,
    verbsPerClause: 1,
    fillerShare: 0,
    emptySentenceShare: 0.2,
    lengthRatio: 0.8,
    buzzwordList: false,
    admitsNotKnowing: false,
    addressesGrader: false,
    overclaims: [],
  },
  relevance: { topicShare: 0.25, seemsToAnswer: null, rankRatio: 0.5 },
  ...overrides,
});

describe('an answer another question fits better', () => {
  it('is off-topic when typed, but a transcript needs a clearer other fit, as misheard words hide its topic', () => {
    expect(score(inputs()).verdict).toBe('off-topic');
    expect(score(inputs({ transcribed: true })).verdict).toBe('assessed');
    const clearlyOther = { topicShare: 0.25, seemsToAnswer: null, rankRatio: 0.3 };
    expect(score(inputs({ transcribed: true, relevance: clearlyOther })).verdict).toBe('off-topic');
  });
});

describe('a story on a neighbouring theme', () => {
  it('earns from its shape only as far as it is about the question, like its content', () => {
    const coveredPoint = { ...inputs().keyPoints[0]!, covered: true, strength: 1 };
    const story = (topicShare: number, rankRatio: number) =>
      score(
        inputs({
          keyPoints: [coveredPoint],
          structureKind: 'star',
          toldStory: true,
          structureShare: 1,
          relevance: { topicShare, seemsToAnswer: null, rankRatio },
        }),
      ).scores;
    const onTheme = story(0.6, 1);
    const neighbour = story(0.1, 0.5);
    expect(onTheme.structure).toBe(neighbour.structure);
    // What structure adds beyond content shrinks with relevance, not only content itself.
    expect(onTheme.overall - 0.6 * onTheme.content).toBeGreaterThan(neighbour.overall - 0.6 * neighbour.content + 10);
    // A complete story on another theme keeps about a third of its content, below a thin story on this theme.
    expect(neighbour.content).toBeLessThanOrEqual(0.36 * onTheme.content);
    expect(neighbour.content).toBeGreaterThan(0.2 * onTheme.content);
  });
});

describe('what wrong claims cost', () => {
  it('costs a dismissed key point nearly what a misconception costs, far more than one sweeping claim', () => {
    const cost = (misconceptions: number, denied: number, overclaims: number) =>
      penaltyPoints({
        misconceptions: Array.from({ length: misconceptions }, () => ({})),
        keyPoints: Array.from({ length: denied }, () => ({ denied: true })),
        substance: { overclaims: Array.from({ length: overclaims }, () => 'x') },
      });
    expect(cost(0, 1, 0)).toBeGreaterThanOrEqual(0.8 * cost(1, 0, 0));
    expect(cost(0, 1, 0)).toBeGreaterThan(4 * cost(0, 0, 1));
  });
});

describe('ground covered in plain words', () => {
  const onTopic = { topicShare: 0.7, seemsToAnswer: null, rankRatio: 1 };
  const twoPoints = ['a', 'b', 'c', 'd'].map((id, i) => ({
    ...inputs().keyPoints[0]!,
    id,
    covered: i < 2,
    strength: i < 2 ? 1 : 0,
  }));
  const content = (explainingSentences: number, overclaims: string[] = []) =>
    score(
      inputs({
        keyPoints: twoPoints,
        relevance: onTopic,
        explainingSentences,
        substance: { ...inputs().substance, overclaims },
      }),
    ).scores.content;

  it('lifts an answer that explains over many on-topic sentences above a terse one with the same points', () => {
    expect(content(9)).toBeGreaterThan(content(3) + 10);
    expect(content(3)).toBe(content(1));
  });

  it('counts for less when another question fits the answer better, like the points it makes', () => {
    const gain = (rankRatio: number) => {
      const at = (explainingSentences: number) =>
        score(
          inputs({
            keyPoints: twoPoints,
            relevance: { topicShare: 0.7, seemsToAnswer: null, rankRatio },
            explainingSentences,
          }),
        ).scores.content;
      return at(9) - at(3);
    };
    expect(gain(0.5)).toBeLessThan(gain(1) - 3);
  });

  it('adds nothing for an answer that makes sweeping claims, as a fluent wrong answer also runs long', () => {
    expect(content(9, ['It always works.'])).toBeLessThanOrEqual(content(3, ['It always works.']));
  });
});

describe('an answer holding a caught misconception', () => {
  it('stays well below a passing score however complete and well shaped the rest is', () => {
    const complete = ['a', 'b', 'c'].map((id) => ({ ...inputs().keyPoints[0]!, id, covered: true, strength: 1 }));
    const wrong = { id: 'm', claim: 'C', correction: 'R', sentence: 'S' };
    const scores = score(
      inputs({
        keyPoints: complete,
        misconceptions: [wrong],
        structureShare: 1,
        relevance: { topicShare: 0.8, seemsToAnswer: null, rankRatio: 1 },
      }),
    ).scores;
    expect(scores.content).toBeLessThanOrEqual(30);
    expect(scores.overall).toBeLessThanOrEqual(40);
  });
});

describe('an answer that admits not knowing', () => {
  it('holds almost no content however much of the topic its words touch', () => {
    const scores = score(
      inputs({
        relevance: { topicShare: 0.9, seemsToAnswer: null, rankRatio: 1 },
        substance: { ...inputs().substance, admitsNotKnowing: true },
      }),
    ).scores;
    expect(scores.content).toBeLessThanOrEqual(10);
  });
});
