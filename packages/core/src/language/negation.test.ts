import { describe, expect, it } from 'vitest';
import { analyzeText } from './read-text.ts';

function flags(text: string, word: string): { negated: boolean; rejected: boolean } {
  const token = analyzeText(text).tokens.find((t) => t.text.toLowerCase() === word);
  if (!token) throw new Error(`no token ${word}`);
  return { negated: token.isNegated, rejected: token.isRejected };
}

describe('negation per clause', () => {
  it('negates the words a negator governs', () => {
    expect(flags('I would not use bind variables.', 'variables').negated).toBe(true);
    expect(flags('We never escape quotes by hand.', 'quotes').negated).toBe(true);
    expect(flags("Don't build queries by concatenation.", 'concatenation').negated).toBe(true);
    expect(flags('Updates get lost without a version column.', 'version').negated).toBe(true);
  });

  it('stops at the end of the clause', () => {
    expect(flags("I would not use bind variables; instead I'd concatenate strings.", 'concatenate').negated).toBe(
      false,
    );
    expect(flags("It isn't fast, but it works reliably.", 'reliably').negated).toBe(false);
  });

  it('does not negate the words before the negator, nor "not only"', () => {
    expect(flags('Escaping quotes is not a substitute.', 'escaping').negated).toBe(false);
    expect(flags('It is not only fast but safe.', 'fast').negated).toBe(false);
  });

  it('marks a dismissed subject and a rejection, but not a goal', () => {
    expect(flags("Backpressure isn't really something our service has to care about.", 'backpressure')).toEqual({
      negated: true,
      rejected: true,
    });
    expect(flags("I don't think we need retry budgets.", 'budgets').rejected).toBe(true);
    expect(flags("Make sure the provider doesn't break the consumer.", 'consumer')).toEqual({
      negated: true,
      rejected: false,
    });
  });

  it('dismisses only the subject, not a whole unpunctuated stretch before it', () => {
    const spoken =
      'um i think it is fine because teams will just like copy the deploy scripts to every repo you know with ' +
      "the old config flags that doesn't matter much";
    expect(flags(spoken, 'flags')).toEqual({ negated: true, rejected: true });
    expect(flags(spoken, 'scripts')).toEqual({ negated: false, rejected: false });
  });
});

describe('reading a text', () => {
  it('splits sentences and lowercases lemmas', () => {
    const text = analyzeText('Threads share memory. Processes handled requests, e.g. in Apache.');
    expect(text.sentences).toHaveLength(2);
    expect(text.tokens.find((t) => t.text === 'handled')?.lemma).toBe('handle');
    expect(text.tokens.find((t) => t.text === 'Threads')?.key).toBe(analyzeText('thread').tokens[0]?.key);
  });

  it('cuts an unpunctuated transcript into sentences at new clauses', () => {
    const transcript =
      'so the main thing is you put a cache in front of the database and you read from it first ' +
      'then on a miss you load the row and store it with a ttl because otherwise the data gets stale ' +
      'but you also need to think about what happens when a hot key expires and everyone misses at once';
    const text = analyzeText(transcript);
    expect(text.sentences.length).toBeGreaterThanOrEqual(3);
    expect(text.sentences.every((s) => s.endToken - s.firstToken <= 31)).toBe(true);
    expect(text.sentences.map((s) => s.text).join(' ')).toBe(transcript);
  });

  it('gives plural acronyms and British spellings the same key as their base form', () => {
    const key = (word: string): string | undefined => analyzeText(word).tokens[0]?.key;
    expect(key('JWTs')).toBe(key('jwt'));
    expect(key('parameterised')).toBe(key('parameterized'));
    expect(key('idempotency')).toBe(key('idempotent'));
  });

  it('keys words that name members of a plain object as words', () => {
    const key = (word: string): string | undefined => analyzeText(word).tokens[0]?.key;
    expect(key('constructor')).toMatch(/^constructor?$/);
    expect(key('toString')).toMatch(/^tostr/);
  });
});

describe('distrust', () => {
  it('is not a rejection of what is distrusted: not trusting a network argues for securing it', () => {
    expect(flags("I don't trust our internal network either.", 'network')).toEqual({ negated: true, rejected: false });
  });
});

describe('negators inside names', () => {
  it('do not negate in no-cache, SameSite=None or If-None-Match', () => {
    expect(flags('Send Cache-Control: no-cache for the page.', 'page').negated).toBe(false);
    expect(flags('Mark it SameSite=None with Secure for the widget.', 'widget').negated).toBe(false);
    expect(flags('The client sends If-None-Match with the ETag.', 'etag').negated).toBe(false);
    expect(flags('There is no cache for the page.', 'page').negated).toBe(true);
  });
});
