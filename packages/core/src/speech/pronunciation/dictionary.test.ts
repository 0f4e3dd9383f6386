import { describe, expect, it } from 'vitest';
import { buildDictionaryText, createPronouncer, parseDictionary } from './dictionary.ts';

const base = parseDictionary(
  [
    'shard SH AA R D',
    'map M AE P',
    'cache K AE SH',
    'docker D AA K ER',
    'file F AY L',
    'balance B AE L AH N S',
    'host HH OW S T',
    'proxy P R AA K S IY',
    'use Y UW Z',
    'use(2) Y UW S',
  ].join('\n'),
);
const pronouncer = createPronouncer(base);

describe('parseDictionary', () => {
  it('keeps alternates in order', () => {
    expect(base.get('use')).toEqual(['Y UW Z', 'Y UW S']);
  });
});

describe('createPronouncer', () => {
  it('knows technical terms the stock dictionary lacks', () => {
    expect(pronouncer.pronounce('kubernetes')?.[0]).toBe('K UW B ER N EH T IY Z');
    expect(pronouncer.pronounce('sql')).toContain('S IY K W AH L');
  });

  it('derives inflections with the right endings', () => {
    expect(pronouncer.pronounce('shards')).toEqual(['SH AA R D Z']);
    expect(pronouncer.pronounce('caches')).toEqual(['K AE SH IH Z']);
    expect(pronouncer.pronounce('sharding')).toEqual(['SH AA R D IH NG']);
    expect(pronouncer.pronounce('mapped')).toEqual(['M AE P T']);
    expect(pronouncer.pronounce('hosted')).toEqual(['HH OW S T IH D']);
    expect(pronouncer.pronounce('proxies')).toEqual(['P R AA K S IY Z']);
    expect(pronouncer.isDerived('shards')).toBe(true);
  });

  it('derives prefixes, compounds and spelled acronyms, and gives up otherwise', () => {
    expect(pronouncer.pronounce('rebalance')).toEqual(['R IY B AE L AH N S']);
    expect(pronouncer.pronounce('dockerfile')).toEqual(['D AA K ER F AY L']);
    expect(pronouncer.pronounce('tls')).toEqual(['T IY EH L EH S']);
    expect(pronouncer.pronounce('zqxwvortex')).toBeUndefined();
  });
});

describe('buildDictionaryText', () => {
  it('writes alternates as word(2) and reports words it cannot pronounce', () => {
    const { text, missing } = buildDictionaryText(['use', 'shards', '<s>', 'zqxwvortex'], pronouncer);
    expect(text).toBe('shards SH AA R D Z\nuse Y UW Z\nuse(2) Y UW S\n');
    expect(missing).toEqual(['zqxwvortex']);
  });
});

describe('British spellings', () => {
  it('are pronounced through their American form', () => {
    const american = createPronouncer(
      parseDictionary('normalize N AO R M AH L AY Z\nbehavior B IH HH EY V Y ER\nmodeled M AA D AH L D'),
    );
    expect(american.pronounce('normalised')).toEqual(['N AO R M AH L AY Z D']);
    expect(american.pronounce('behaviour')).toEqual(['B IH HH EY V Y ER']);
    expect(american.pronounce('modelled')).toEqual(['M AA D AH L D']);
  });
});
