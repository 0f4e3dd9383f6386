import { describe, expect, it } from 'vitest';
import { FIXTURE_QUESTIONS } from '../analysis/test-fixtures/questions.ts';
import { analyzeText } from '../language/read-text.ts';
import { createQuestionIndex } from './search.ts';

const index = createQuestionIndex(FIXTURE_QUESTIONS);
const first = (query: string): string | undefined => index.search(query)[0]?.id;

describe('question search', () => {
  it('finds a question from a user paraphrase', () => {
    expect(first('thread vs process')).toBe('fixture-thread-vs-process');
    expect(first('how does node do concurrency with a single thread')).toBe('fixture-node-event-loop');
    expect(first('stop attackers running their own SQL')).toBe('fixture-sql-injection');
    expect(first('etag 304 not modified')).toBe('fixture-http-caching');
    expect(first('endpoints for borrowing books')).toBe('fixture-library-loans-api');
  });

  it('ranks by relevance and reports what matched', () => {
    const [top, second] = index.search('threads sharing memory versus processes');
    expect(top?.id).toBe('fixture-thread-vs-process');
    expect(top?.score).toBeGreaterThan(second?.score ?? 0);
    expect(top?.coverage).toBeGreaterThan(0.5);
    expect(top?.matchedTerms.some((term) => term.startsWith('thread'))).toBe(true);
  });

  it('filters and limits', () => {
    expect(index.search('thread', { filter: { category: 'security' } })).toEqual([]);
    expect(index.search('api', { limit: 1 })).toHaveLength(1);
    expect(
      index.search('thread', { filter: (q) => q.level === 'mid' }).every((hit) => hit.question.level === 'mid'),
    ).toBe(true);
  });

  it('ranks the same whatever the limit, and scores a question alone as it scores it among all', () => {
    const query = analyzeText('a request retried with the same key must not charge twice; cache the response');
    const all = index.searchAnalyzed(query, { limit: index.size });
    expect(all.length).toBeGreaterThan(3);
    expect(index.searchAnalyzed(query, { limit: 2 })).toEqual(all.slice(0, 2));
    expect(index.searchAnalyzed(query, { limit: 20 })).toEqual(all.slice(0, 20));
    for (const hit of all)
      expect(index.searchAnalyzed(query, { filter: { ids: [hit.id, 'no-such-question'] } })).toEqual([hit]);
  });

  it('returns nothing for words no question uses', () => {
    expect(index.search('kubernetes helm charts')).toEqual([]);
  });

  it('matches a query of stop words only as a phrase of a prompt or alias', () => {
    const questions = [
      { ...FIXTURE_QUESTIONS[0]!, id: 'intro', aliases: ['Tell me about yourself.'] },
      ...FIXTURE_QUESTIONS.slice(1),
    ];
    const withIntro = createQuestionIndex(questions);
    expect(withIntro.search('tell me about yourself').map((hit) => hit.id)).toEqual(['intro']);
    expect(withIntro.search('about')).toEqual([]);
  });
});
