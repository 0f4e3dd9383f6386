// The question bank's content: every file valid, the promised coverage, no near-duplicates, search that finds
// each question from a paraphrase. Reads the files in content/; the product loads the same files at start.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, createQuestionIndex, LEVELS, parseQuestionFile, type Question } from '@rehearse/core';

const root = join(import.meta.dirname, 'questions');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
const parsed = files.map((file) => ({ file, result: parseQuestionFile(readFileSync(join(root, file), 'utf8')) }));
const questions = parsed.flatMap(({ result }) => (result.ok ? [result.question] : []));

const STOP = new Set('a an the and or of to in on for with is are be you your do does how what why when which would it its that this as by at from can i we'.split(' '));
const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w)));
function jaccard(a: Set<string>, b: Set<string>) {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
const countBy = (key: (q: Question) => string) =>
  questions.reduce<Record<string, number>>((counts, q) => ({ ...counts, [key(q)]: (counts[key(q)] ?? 0) + 1 }), {});

describe('question bank content', () => {
  it('has only valid files, each named after its id, with unique ids', () => {
    const invalid = parsed.filter(({ result }) => !result.ok).map(({ file, result }) => `${file}: ${result.ok ? '' : result.errors.join('; ')}`);
    expect(invalid).toEqual([]);
    const misnamed = parsed.flatMap(({ file, result }) => (result.ok && basename(file, '.yaml') !== result.question.id ? [file] : []));
    expect(misnamed).toEqual([]);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('covers every category and level in the promised numbers', () => {
    const byCategory = countBy((q) => q.category);
    const byLevel = countBy((q) => q.level);
    console.info('questions per category', byCategory, 'per level', byLevel, 'total', questions.length);
    expect(questions.length).toBeGreaterThanOrEqual(250);
    for (const category of CATEGORIES) expect(byCategory[category] ?? 0, category).toBeGreaterThanOrEqual(category === 'behavioral' ? 25 : 12);
    for (const level of LEVELS) expect(byLevel[level] ?? 0, level).toBeGreaterThanOrEqual(50);
  });

  it('keeps technical model answers between 120 and 250 words', () => {
    const outside = questions
      .filter((q) => q.category !== 'behavioral' && q.round !== 'behavioral')
      .map((q) => [q.id, q.modelAnswer.split(/\s+/).length] as const)
      .filter(([, count]) => count < 120 || count > 250);
    expect(outside).toEqual([]);
  });

  it('gives behavioral stories STAR key points: the situation, the actions, and the result', () => {
    const isStory = (q: Question) => q.round === 'behavioral' && /\b(tell me about|describe a|give (me )?an example|walk me through)\b/i.test(q.prompt);
    const has = (q: Question, pattern: RegExp) => q.keyPoints.some((p) => pattern.test(`${p.id} ${p.label}`));
    const stories = questions.filter(isStory);
    const missing = stories
      .filter((q) => !(has(q, /situation|context|stakes/i) && has(q, /result|outcome|impact/i) && q.keyPoints.length >= 4))
      .map((q) => q.id);
    expect(stories.length).toBeGreaterThanOrEqual(15);
    expect(missing).toEqual([]);
  });

  it('has no near-duplicate questions', () => {
    const prompts = questions.map((q) => ({ id: q.id, words: words(q.prompt) }));
    const answers = questions.map((q) => ({ id: q.id, words: words(q.modelAnswer) }));
    const pairs: string[] = [];
    for (let i = 0; i < questions.length; i++) {
      for (let j = i + 1; j < questions.length; j++) {
        const promptSimilarity = jaccard(prompts[i]!.words, prompts[j]!.words);
        const answerSimilarity = jaccard(answers[i]!.words, answers[j]!.words);
        if (promptSimilarity >= 0.6 || answerSimilarity >= 0.5) {
          pairs.push(`${prompts[i]!.id} ~ ${prompts[j]!.id} (prompt ${promptSimilarity.toFixed(2)}, answer ${answerSimilarity.toFixed(2)})`);
        }
      }
    }
    expect(pairs).toEqual([]);
  });

  it('the duplicate check itself flags a reworded copy', () => {
    const original = words('What is the difference between a process and a thread?');
    const copy = words('What is the difference between a thread and a process in an OS?');
    expect(jaccard(original, copy)).toBeGreaterThanOrEqual(0.6);
  });
});

describe('search over the bank', () => {
  const fixtureDir = join(import.meta.dirname, 'search-fixtures');
  const fixtures = readdirSync(fixtureDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => parse(readFileSync(join(fixtureDir, file), 'utf8')) as { query: string; expect: string }[]);
  const index = createQuestionIndex(questions);

  it('has fixtures that name real questions', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(100);
    const unknown = fixtures.filter((f) => !questions.some((q) => q.id === f.expect)).map((f) => f.expect);
    expect(unknown).toEqual([]);
  });

  it('puts the intended question first for paraphrased queries', () => {
    const misses = fixtures
      .map((f) => ({ ...f, got: index.search(f.query, { limit: 3 }).map((hit) => hit.id) }))
      .filter((f) => f.got[0] !== f.expect)
      .map((f) => `"${f.query}" → ${f.got.join(', ')} (want ${f.expect})`);
    console.info(`search fixtures: ${fixtures.length - misses.length}/${fixtures.length} first`);
    expect(misses).toEqual([]);
  });
});
