import { describe, expect, it } from 'vitest';
import { compilePhrase, findPhrase } from './phrase-match.ts';
import { indexPlainText } from './plain-word-aliases.ts';
import { analyzeText } from './read-text.ts';

function find(phrase: string, text: string) {
  return findPhrase(compilePhrase(phrase), indexPlainText(analyzeText(text)));
}

describe('plain phrasings of technical terms', () => {
  it('lets a jargon evidence phrase meet the same idea said plainly', () => {
    const text = 'When the payment call fails we try again, and we wait longer each time before the next go.';
    expect(find('retry', text)).toHaveLength(1);
    expect(find('exponential backoff', text)).toHaveLength(1);
    expect(
      find('circuit breaker', 'After five failures we stop calling that service for thirty seconds.'),
    ).toHaveLength(1);
  });

  it('reads the tables written by area too (web and data; systems and design)', () => {
    expect(find('n+1 query', 'The page ran one query per item in the cart.')).toHaveLength(1);
    expect(find('canary release', 'We send a small slice of traffic first and watch the errors.')).toHaveLength(1);
    expect(find('canary release', 'We sliced the onions first and watched the oven.')).toHaveLength(0);
  });

  it('keeps a negated plain phrasing negated', () => {
    const [hit] = find('retry', 'For card charges we never try again on our own.');
    expect(hit?.contradicted).toBe(true);
  });

  it('needs the plain words in their order, not merely near each other', () => {
    // "others have to wait" means a lock; "they wait on each other" is a deadlock, not a lock.
    expect(find('lock', 'The two transactions wait on each other forever.')).toHaveLength(0);
    expect(find('lock', 'While one agent edits the ticket, others have to wait.')).toHaveLength(1);
  });

  it('adds nothing to a text without plain phrasings', () => {
    expect(indexPlainText(analyzeText('We shard the orders table by tenant id.')).aliases).toHaveLength(0);
  });
});
