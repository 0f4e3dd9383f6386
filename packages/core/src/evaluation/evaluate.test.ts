import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../analysis/analyze-answer.ts';
import { FIXTURE_QUESTIONS, fixture } from '../analysis/test-fixtures/questions.ts';
import { createQuestionIndex, splitIdentifiers } from '../questions/search.ts';
import { parseEvalSet, type EvalItem } from './eval-set.ts';
import { evaluate, type AnalyzeForEval } from './evaluate.ts';
import { countPairs } from './pairwise.ts';
import { bankEvidence } from './bank-evidence.ts';
import { createSearchResolver, questionFromItem } from './resolve.ts';

const scores = (overall: number) => ({ overall, content: overall, structure: overall, delivery: null });

describe('pairwise accuracy', () => {
  it('counts the five ordered pairs and only strict orderings', () => {
    const all = countPairs([
      { quality: 'strong', overall: 90 },
      { quality: 'partial', overall: 50 },
      { quality: 'weak', overall: 50 },
      { quality: 'offtopic', overall: 5 },
    ]);
    expect(all).toEqual({ correct: 4, total: 5 });
  });

  it('ignores weak against off-topic and counts every answer of a quality', () => {
    expect(
      countPairs([
        { quality: 'weak', overall: 1 },
        { quality: 'offtopic', overall: 9 },
      ]),
    ).toEqual({ correct: 0, total: 0 });
    expect(
      countPairs([
        { quality: 'strong', overall: 80 },
        { quality: 'weak', overall: 10 },
        { quality: 'weak', overall: 90 },
      ]),
    ).toEqual({ correct: 1, total: 2 });
  });
});

describe('evaluation set format', () => {
  it('accepts the versioned object and a bare array, and names bad entries', () => {
    const item = { id: 'x', question: 'What is a thread?', answers: [{ quality: 'strong', text: 'A thread is…' }] };
    expect(parseEvalSet({ version: 1, items: [item] }).ok).toBe(true);
    expect(parseEvalSet([item]).ok).toBe(true);
    const bad = parseEvalSet({ items: [{ ...item, answers: [{ quality: 'great', text: '' }] }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toContain('items.0.answers.0.quality');
  });
});

describe('evaluate', () => {
  const items: EvalItem[] = [
    {
      id: 'one',
      question: 'thread or process?',
      questionId: 'fixture-thread-vs-process',
      expected_points: [],
      answers: [
        { quality: 'strong', text: 'good' },
        { quality: 'weak', text: 'bad' },
      ],
    },
    {
      id: 'two',
      question: 'explain the node event loop',
      expected_points: [],
      answers: [
        { quality: 'partial', text: 'fair' },
        { quality: 'offtopic', text: 'elsewhere' },
      ],
    },
  ];
  const byText: Record<string, number> = { good: 80, bad: 20, fair: 50, elsewhere: 0 };
  const analyze: AnalyzeForEval = (_question, text) => ({ scores: scores(byText[text] ?? 0), verdict: 'assessed' });

  it('resolves each item, scores each answer and reports the metrics', () => {
    const result = evaluate(items, createSearchResolver(createQuestionIndex(FIXTURE_QUESTIONS)), analyze);
    expect(result.metrics.pairwiseAccuracy).toBe(1);
    expect(result.metrics.pairs).toEqual({ correct: 2, total: 2 });
    expect(result.metrics.meanByQuality).toEqual({ strong: 80, partial: 50, weak: 20, offtopic: 0 });
    expect(result.items.map((i) => i.questionId)).toEqual(['fixture-thread-vs-process', 'fixture-node-event-loop']);
    expect(result.items[0]?.resolution.method).toBe('questionId');
    expect(result.items[1]?.resolution.method).toBe('search');
    expect(result.items[1]?.answers[0]).toEqual({
      quality: 'partial',
      scores: scores(50),
      transcript: 'fair',
      verdict: 'assessed',
    });
    expect(result.metrics.resolution).toMatchObject({ items: 2, byQuestionId: 1, bySearch: 1, fallback: 0 });
  });

  it("blends in the item's own rubric by the doubt that search found its question", () => {
    const withPoints: EvalItem[] = [
      {
        id: 'loop',
        question: 'Why does one slow request in our Node server stall the others?',
        expected_points: ['One thread runs the callbacks'],
        answers: [{ quality: 'strong', text: 'good' }],
      },
    ];
    // The bank question hears the answer as 80, the item's own rubric as 20.
    const byRubric: AnalyzeForEval = (question, _text, resolution) => ({
      scores: scores(question.id === resolution.question.id && resolution.method !== 'fallback' ? 80 : 20),
    });
    const resolve = createSearchResolver(createQuestionIndex(FIXTURE_QUESTIONS));
    const weight = resolve(withPoints[0]!).ownRubric?.weight ?? 0;
    expect(weight).toBeGreaterThan(0);
    expect(weight).toBeLessThan(1);
    const result = evaluate(withPoints, resolve, byRubric);
    expect(result.items[0]?.resolution.ownRubricWeight).toBe(weight);
    expect(result.items[0]?.answers[0]?.scores.overall).toBe(Math.round(80 * (1 - weight) + 20 * weight));
    // An item found by its id, or without expected points, is judged by the bank question alone.
    const byId = evaluate([{ ...withPoints[0]!, questionId: 'fixture-node-event-loop' }], resolve, byRubric);
    expect(byId.items[0]?.answers[0]?.scores.overall).toBe(80);
    expect(byId.items[0]?.resolution.ownRubricWeight).toBeUndefined();
  });

  it('computes key-point precision and recall where answers are labelled', () => {
    const labelled: EvalItem[] = [
      {
        id: 'l',
        question: 'q',
        questionId: 'fixture-thread-vs-process',
        expected_points: [],
        answers: [{ quality: 'strong', text: 'good', covered_points: ['isolation', 'cost'] }],
      },
    ];
    const result = evaluate(labelled, createSearchResolver(createQuestionIndex(FIXTURE_QUESTIONS)), () => ({
      scores: scores(70),
      keyPoints: [
        { id: 'isolation', covered: true },
        { id: 'risks', covered: true },
        { id: 'cost', covered: false },
      ],
    }));
    expect(result.metrics.keyPoints).toEqual({ precision: 0.5, recall: 0.5, answers: 1 });
  });
});

describe('resolving items to bank questions', () => {
  const resolve = createSearchResolver(createQuestionIndex(FIXTURE_QUESTIONS));

  it('uses the same search as the question list, with a confidence', () => {
    const resolution = resolve({
      id: 'a',
      question: 'How would you stop SQL injection attacks?',
      expected_points: [],
      answers: [],
    });
    expect(resolution.question.id).toBe('fixture-sql-injection');
    expect(resolution.confidence).toBeGreaterThan(0.5);
  });

  it('falls back to the item itself when nothing in the bank fits', () => {
    const item: EvalItem = {
      id: 'Kafka partitions',
      question: 'How do Kafka partitions and consumer groups work?',
      expected_points: ['partitions split a topic', 'one consumer per partition in a group; rebalancing'],
      answers: [],
    };
    const resolution = resolve(item);
    expect(resolution.method).toBe('fallback');
    expect(resolution.question.id).toBe('kafka-partitions');
    expect(resolution.question.keyPoints).toHaveLength(2);
    const analysis = analyzeAnswer(
      resolution.question,
      'The partitions split a topic into ordered logs that can be read in parallel. When a consumer joins or leaves, rebalancing hands its partitions to the others so the work stays spread out.',
    );
    expect(analysis.keyPoints.some((p) => p.covered)).toBe(true);
  });

  it("weighs the item's own category: a story about a blocked thread is behavioral if the item says so", () => {
    const item = (category?: string): EvalItem => ({
      id: 'slow',
      question: 'A service was slow because one request blocked the thread. What did you do?',
      expected_points: [],
      answers: [],
      ...(category ? { category } : {}),
    });
    expect(resolve(item()).question.id).toBe('fixture-node-event-loop');
    expect(resolve(item('behavioral')).question.id).toBe('fixture-slow-service-story');
    expect(resolve(item('concurrency')).question.id).toBe('fixture-node-event-loop');
    // A category the bank doesn't know changes nothing.
    expect(resolve(item('cooking')).candidates).toEqual(resolve(item()).candidates);
  });

  it("hears which question was asked in the item's answers when its wording sits between two", () => {
    const story =
      'Last year I owned our checkout service and customers complained it took four seconds at peak. I profiled ' +
      'it, found every request reloaded the tax tables, and I cached them; latency fell to 300 ms and I learned ' +
      'to measure before optimising.';
    const item = (texts: string[]): EvalItem => ({
      id: 'slow',
      question: 'A service was slow because one request blocked the thread. What did you do?',
      expected_points: [],
      answers: texts.map((text) => ({ quality: 'strong', text })),
    });
    expect(resolve(item([])).question.id).toBe('fixture-node-event-loop');
    expect(resolve(item([story, story.replace('checkout', 'search')])).question.id).toBe('fixture-slow-service-story');
  });

  it('reads a class name no question uses as its words', () => {
    const withName = resolve({
      id: 'n',
      question: 'Our ProcessPerRequestServer forks for every request. Thread or process?',
      expected_points: [],
      answers: [],
    });
    expect(withName.question.id).toBe('fixture-thread-vs-process');
    expect(splitIdentifiers('Our ProcessPerRequestServer and JavaScript', (w) => w === 'javascript')).toBe(
      'Our Process Per Request Server and JavaScript',
    );
  });

  it('judges a behavioral item without a bank question as a story', () => {
    const question = questionFromItem({
      id: 'story',
      question: 'Tell me about a time you disagreed with your manager.',
      category: 'behavioral',
      level: 'senior',
      expected_points: ['Owned the disagreement'],
      answers: [],
    });
    expect([question.category, question.round, question.level]).toEqual(['behavioral', 'behavioral', 'senior']);
    expect(questionFromItem({ id: 'y', question: 'What is a queue?', expected_points: [], answers: [] }).round).toBe(
      'concepts',
    );
  });

  it("lends an unfamiliar question's points the evidence of the bank key point that states the same idea", () => {
    const index = createQuestionIndex(FIXTURE_QUESTIONS);
    const item: EvalItem = {
      id: 'orm',
      question: 'Our ORM lets people write raw SQL strings. What rule would you set for the team?',
      expected_points: ['Use parameterised queries with bound values, never string building'],
      answers: [],
    };
    const question = questionFromItem(item, bankEvidence(index));
    expect(question.keyPoints[0]?.evidence).toContain('placeholders');
    const plain = 'Every raw query uses placeholders, with the values sent separately by the driver.';
    expect(analyzeAnswer(question, plain).keyPoints[0]?.covered).toBe(true);
    expect(analyzeAnswer(questionFromItem(item), plain).keyPoints[0]?.covered).toBe(false);
    // A point no bank key point states borrows nothing.
    expect(bankEvidence(index)('Name the on-call rota after birds')).toEqual([]);
  });

  it('turns an item into a usable stand-in question', () => {
    const question = questionFromItem({ id: 'x', question: 'What is a thread?', expected_points: [], answers: [] });
    expect(question.keyPoints[0]?.label).toBe('What is a thread?');
    expect(fixture('thread-vs-process').id).toBe('fixture-thread-vs-process');
  });
});
