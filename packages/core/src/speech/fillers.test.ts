import { describe, expect, it } from 'vitest';
import { findFillers } from './fillers.ts';
import { findHedges } from './hedges.ts';

const words = (text: string): string[] => text.split(' ');
const phrases = (text: string): string[] => findFillers(words(text)).map((match) => match.phrase);

describe('findFillers', () => {
  it('finds hesitation sounds and filler adverbs', () => {
    expect(phrases('um so the cache is uh basically a map')).toEqual(['um', 'uh', 'basically']);
  });

  it('counts "like" only where it fills a pause', () => {
    expect(phrases('so like the queue is like a buffer')).toEqual(['like']);
    expect(phrases('i like postgres and we would like more replicas')).toEqual([]);
    expect(phrases("i don't like it and like um it fails")).toEqual(['like', 'um']);
  });

  it('tells "you know" as filler from "do you know" and "you know what"', () => {
    expect(phrases('it is you know a lock')).toEqual(['you know']);
    expect(phrases('do you know the key')).toEqual([]);
    expect(phrases('when you know what it returns')).toEqual([]);
  });

  it('tells hedging "kind of" from "a kind of"', () => {
    expect(phrases('it is kind of slow')).toEqual(['kind of']);
    expect(phrases('a sort of queue and this kind of lock')).toEqual([]);
  });
});

describe('findHedges', () => {
  it('finds the longest hedge at each place', () => {
    const found = findHedges(words("i think it is probably fine but i'm not sure"));
    expect(found.map((match) => match.phrase)).toEqual(['i think', 'probably', "i'm not sure"]);
  });
});
