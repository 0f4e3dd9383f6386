import { describe, expect, it } from 'vitest';
import { parseByteRange } from './byte-range.ts';

describe('parseByteRange', () => {
  it.each([
    ['bytes=0-99', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=100-', { kind: 'partial', start: 100, end: 999 }],
    ['bytes=-100', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-5000', { kind: 'partial', start: 0, end: 999 }],
    ['bytes=900-5000', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=999-999', { kind: 'partial', start: 999, end: 999 }],
  ])('serves %s as one range of a 1000-byte file', (header, expected) => {
    expect(parseByteRange(header, 1000)).toEqual(expected);
  });

  it.each([['bytes=1000-'], ['bytes=5000-6000'], ['bytes=-0']])('refuses %s as unsatisfiable', (header) => {
    expect(parseByteRange(header, 1000)).toEqual({ kind: 'unsatisfiable' });
  });

  it.each([[undefined], [''], ['bytes=0-1,5-9'], ['items=0-1'], ['bytes=9-1'], ['bytes=-'], ['bytes=abc']])(
    'serves the whole file for %s',
    (header) => {
      expect(parseByteRange(header, 1000)).toEqual({ kind: 'whole' });
    },
  );

  it('finds nothing to serve in an empty file', () => {
    expect(parseByteRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=-10', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});
