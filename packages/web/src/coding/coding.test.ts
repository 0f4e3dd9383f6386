import { describe, expect, it } from 'vitest';
import {
  clockInWords,
  customInputHelp,
  formatClock,
  formatMs,
  MAX_CUSTOM_INPUTS,
  parseCustomInputs,
  showValue,
} from './coding.ts';

describe('custom inputs', () => {
  it('takes one JSON array per line, skipping blank lines', () => {
    expect(parseCustomInputs('[["a","b"], 1]\n\n  [[], 0]  \n')).toEqual({ inputs: ['[["a","b"], 1]', '[[], 0]'] });
    expect(parseCustomInputs('')).toEqual({ inputs: [] });
  });

  it('names the line that is not JSON, or not an array', () => {
    expect(parseCustomInputs('[1]\n[1,')).toEqual({ error: 'Line 2 is not valid JSON.' });
    expect(parseCustomInputs('{"k": 1}')).toEqual({ error: 'Line 1 is not a JSON array (use [ … ]).' });
  });

  it('refuses more inputs than the API takes', () => {
    const text = Array.from({ length: MAX_CUSTOM_INPUTS + 1 }, () => '[1]').join('\n');
    expect(parseCustomInputs(text)).toEqual({ error: `At most ${MAX_CUSTOM_INPUTS} inputs at a time.` });
  });

  it('explains arguments for a function and operations for a class, with a visible test as the example', () => {
    const fn = customInputHelp({
      kind: 'function',
      entry: 'topKFrequent',
      visibleTests: [{ name: 't', input: [['a', 'b', 'a'], 1], expected: ['a'], throws: false }],
    });
    expect(fn.text).toContain('arguments of one call to topKFrequent');
    expect(fn.example).toBe('[["a","b","a"],1]');
    const cls = customInputHelp({
      kind: 'class',
      entry: 'LRUCache',
      visibleTests: [
        {
          name: 't',
          input: [
            ['new', 2],
            ['get', 1],
          ],
          expected: [null, -1],
          throws: false,
        },
      ],
    });
    expect(cls.text).toContain('operations on LRUCache');
    expect(cls.text).toContain('["new", …constructor arguments]');
    expect(cls.example).toBe('[["new",2],["get",1]]');
  });
});

describe('showing values and times', () => {
  it('shows JSON on one line, shortened', () => {
    expect(showValue(['a', 1, null])).toBe('["a",1,null]');
    expect(showValue(undefined)).toBe('nothing');
    expect(showValue([null, '$throws', -1])).toBe('[null,throws,-1]');
    expect(showValue('x'.repeat(300), 10)).toBe(`"${'x'.repeat(9)}…`);
  });

  it('formats the interview clock', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_400)).toBe('1:05');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(clockInWords(0)).toBe('0 seconds');
    expect(clockInWords(61_000)).toBe('1 minute 1 second');
    expect(clockInWords(7_200_000)).toBe('2 hours');
  });

  it('formats test times', () => {
    expect(formatMs(undefined)).toBe('');
    expect(formatMs(0.42)).toBe('0.4 ms');
    expect(formatMs(123.6)).toBe('124 ms');
  });
});
