import { describe, expect, it } from 'vitest';
import { analyzeText } from './read-text.ts';

describe('reading a text', () => {
  it('cuts an overlong run of letters to a bounded token, keeping the words around it', () => {
    const text = analyzeText(`We cache it ${'q'.repeat(5000)} with a TTL.`);
    const long = text.tokens.find((t) => t.text.startsWith('q'));
    expect(long?.text.length).toBe(64);
    expect(text.tokens.map((t) => t.text)).toContain('TTL');
  });
});

describe('dots inside a word', () => {
  it('end no sentence ("robots.txt", "Node.js", "req.user") and show as written', () => {
    const text = analyzeText('The crawler reads robots.txt first, in Node.js. Then it checks req.user again.');
    expect(text.sentences.map((s) => s.text)).toEqual([
      'The crawler reads robots.txt first, in Node.js.',
      'Then it checks req.user again.',
    ]);
    expect(text.tokens.filter((t) => t.kind === 'word').map((t) => t.key)).toContain('node');
  });
});

describe('plural acronyms', () => {
  it('meet their singular whether written in capitals or transcribed in lower case', () => {
    const keys = analyzeText('JWTs and jwts and PRs and prs, but dns and cqrs')
      .tokens.filter((t) => t.kind === 'word')
      .map((t) => t.lemma);
    expect(keys).toEqual(['jwt', 'and', 'jwt', 'and', 'pr', 'and', 'pr', 'but', 'dns', 'and', 'cqrs']);
  });
});

describe('names ending in s', () => {
  it('keep their s in any case, apart from the word without it', () => {
    const keys = analyzeText('HTTPS and https, not http; DNS and dns.')
      .tokens.filter((t) => t.kind === 'word')
      .map((t) => t.key);
    expect(keys).toEqual(['https', 'and', 'https', 'not', 'http', 'dns', 'and', 'dns']);
  });
});

describe('a possessive before punctuation', () => {
  it('is read the same whatever was read before (wink would learn "cartographer\'s" as one new word)', () => {
    const tokensOf = (raw: string) => analyzeText(raw).tokens.map((t) => [t.text, t.pos, t.key]);
    const before = tokensOf("We keep the cartographer's maps apart.");
    const teacher = analyzeText("The maps are the cartographer's, not ours.");
    expect(tokensOf("We keep the cartographer's maps apart.")).toEqual(before);
    expect(before.map(([text]) => text)).toContain("'s");
    expect(teacher.sentences.map((s) => s.text)).toEqual(["The maps are the cartographer's, not ours."]);
  });
});

describe('a negation typed without its apostrophe', () => {
  it('negates like the written one ("shouldnt", "dont", "cant")', () => {
    for (const sentence of ['you shouldnt cache the token', 'you dont cache the token', 'you cant cache the token']) {
      const cache = analyzeText(sentence).tokens.find((t) => t.text === 'cache');
      expect(cache?.isNegated, sentence).toBe(true);
    }
    expect(analyzeText('you want to cache the token').tokens.find((t) => t.text === 'cache')?.isNegated).toBe(false);
  });
});

describe('a transcript without punctuation', () => {
  const negated = (text: string, word: string) =>
    analyzeText(text).tokens.find((t) => t.text === word)?.isNegated ?? null;

  it('ends a negation where a new subject starts speaking, as a full stop would', () => {
    const transcript =
      'um so the thing with the cache is uh you never want every pod holding its own copy for hours we put ' +
      'a short expiry on each entry and we evict it on writes so like readers see the change within seconds yeah';
    expect(negated(transcript, 'copy')).toBe(true);
    expect(negated(transcript, 'expiry')).toBe(false);
    expect(negated(transcript, 'evict')).toBe(false);
  });

  it('keeps the negation over what a verb of thinking introduces', () => {
    const transcript =
      'so honestly for a job that runs once a night on one box i do not think you need a distributed lock ' +
      'at all because nothing else touches those rows while it runs and a plain row update is enough there';
    expect(negated(transcript, 'lock')).toBe(true);
  });
});
